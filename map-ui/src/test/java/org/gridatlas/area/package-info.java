/** Integration tests of area boundaries and the area layer with its figures. */
package org.gridatlas.area;

/** Assembly of the deployable: infrastructure wiring that belongs to no single feature. */
package org.gridatlas.app;

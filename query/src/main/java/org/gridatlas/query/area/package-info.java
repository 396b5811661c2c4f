/** The administrative hierarchy as a tree: districts, sub-districts, communities. */
package org.gridatlas.query.area;

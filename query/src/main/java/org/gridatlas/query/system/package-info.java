/** The read model's schema and what all projections share. */
package org.gridatlas.query.system;

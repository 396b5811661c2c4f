/** Meetings held in communities (四方联席会, 议事会), who was present and the problems discussed. */
package org.gridatlas.query.meeting;

package org.gridatlas.geodata.geometry;

/**
 * One thing wrong with a geometry input.
 *
 * @param field path of the offending member, e.g. {@code boundary.coordinates[0][3]}
 * @param reason what is wrong, in words a user can act on
 */
public record GeometryProblem(String field, String reason) {
}

package org.gridatlas.geodata.geometry;

import org.locationtech.jts.geom.Geometry;

/**
 * One thing wrong with a geometry input.
 *
 * @param field  path of the offending member, e.g. {@code boundary.coordinates[0][3]}
 * @param reason what is wrong, in words a user can act on
 * @param rule   a stable key for the broken rule (e.g. {@code micro-grids-overlap}), so
 *               a page can word it in its own language; {@code null} for structural faults
 * @param where  the offending piece itself (the overlap, the gap, the part outside), or
 *               {@code null} when the fault has no extent of its own
 */
public record GeometryProblem(String field, String reason, String rule, Geometry where) {

    public GeometryProblem(String field, String reason) {
        this(field, reason, null, null);
    }

    /** The offending piece's area in m², when it has one. */
    public Double squareMetres() {
        return where == null || where.getDimension() < 2 ? null : Math.round(Wgs84.approximateSquareMetres(where) * 10) / 10.0;
    }
}

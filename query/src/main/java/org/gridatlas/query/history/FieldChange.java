package org.gridatlas.query.history;

import org.gridatlas.geodata.geometry.Wgs84;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.JsonNode;

/**
 * One field of a record before and after a change; {@code null} when the field
 * was or became empty. A boundary (any field named {@code boundary} or ending
 * in {@code .boundary}) is WKT in EPSG:4326, a polygon or (an area's) a
 * multipolygon, and carries its area, so an auditor
 * sees how much it moved without reading coordinates.
 */
record FieldChange(String field, JsonNode before, JsonNode after, @JsonInclude(JsonInclude.Include.NON_NULL) AreaChange area) {

    static FieldChange of(String field, JsonNode before, JsonNode after) {
        AreaChange area = isBoundary(field) ? new AreaChange(squareMetres(before), squareMetres(after)) : null;
        return new FieldChange(field, before, after, area);
    }

    FieldChange named(String name) {
        return new FieldChange(name, before, after, area);
    }

    static boolean isBoundary(String field) {
        return field.equals("boundary") || field.endsWith(".boundary");
    }

    private static Long squareMetres(JsonNode wkt) {
        return wkt == null ? null : Math.round(Wgs84.approximateSquareMetres(Wgs84.polygonalFromWkt(wkt.stringValue(), "boundary")));
    }

    /**
     * A boundary's area before and after, in whole square metres, and the
     * difference; within a few per cent (see {@link Wgs84#approximateSquareMetres}).
     */
    record AreaChange(Long beforeSquareMetres, Long afterSquareMetres, long changeSquareMetres) {

        AreaChange(Long beforeSquareMetres, Long afterSquareMetres) {
            this(beforeSquareMetres, afterSquareMetres, orZero(afterSquareMetres) - orZero(beforeSquareMetres));
        }

        private static long orZero(Long squareMetres) {
            return squareMetres == null ? 0 : squareMetres;
        }
    }
}

package org.gridatlas.command.system;

import java.util.UUID;

import org.gridatlas.geodata.geojson.GeoJsonGeometryReader;
import org.gridatlas.geodata.geometry.Wgs84;

import tools.jackson.databind.JsonNode;

/** Small conversions every command endpoint makes from its request body. */
public final class Requests {

    /** Message for a missing member, as the problem body shows it. */
    public static final String REQUIRED = "is required";
    /** Identifiers a client may choose: letters, digits, '.', '_' and '-'. */
    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    public static final String ID_MESSAGE = "must be 1 to 64 letters, digits, '.', '_' or '-'";
    /** For {@code @Digits}: areas and amounts are kept to 0.01, so finer digits would be rounded away unseen. */
    public static final String DIGITS = "must have at most {integer} digits before the decimal point and {fraction} after";

    private Requests() {
    }

    /** A GeoJSON Polygon member as WKT in EPSG:4326; problems name {@code field}. */
    public static String polygonWkt(JsonNode geometry, String field) {
        return Wgs84.toWkt(GeoJsonGeometryReader.readPolygon(geometry, field));
    }

    /** A GeoJSON Polygon or MultiPolygon member as WKT in EPSG:4326; problems name {@code field}. */
    public static String polygonalWkt(JsonNode geometry, String field) {
        return Wgs84.toWkt(GeoJsonGeometryReader.readPolygonal(geometry, field));
    }

    /** A GeoJSON LineString member as WKT in EPSG:4326; problems name {@code field}. */
    public static String lineStringWkt(JsonNode geometry, String field) {
        return Wgs84.toWkt(GeoJsonGeometryReader.readLineString(geometry, field));
    }

    /** A GeoJSON Point member as WKT in EPSG:4326; problems name {@code field}. */
    public static String pointWkt(JsonNode geometry, String field) {
        return Wgs84.toWkt(GeoJsonGeometryReader.readPoint(geometry, field));
    }

    /**
     * The identifier the client chose, so that a retried request cannot create
     * a record twice, or else a new random one.
     */
    public static String idOrNew(String requested) {
        return requested != null ? requested : UUID.randomUUID().toString();
    }
}

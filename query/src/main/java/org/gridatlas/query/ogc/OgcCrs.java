package org.gridatlas.query.ogc;

import java.util.Arrays;
import java.util.List;

import org.gridatlas.query.system.InvalidInput;

/**
 * The CRSs the features are served in (OGC API – Features Part 2). Storage is
 * EPSG:4326 with longitude first, which is CRS84; EPSG:4326 and EPSG:4490
 * (CGCS2000) are latitude first by their EPSG definitions, so their
 * coordinates and boxes are swapped.
 */
enum OgcCrs {
    CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84", 4326, false, 7),
    EPSG_4326("http://www.opengis.net/def/crs/EPSG/0/4326", 4326, true, 7),
    EPSG_4490("http://www.opengis.net/def/crs/EPSG/0/4490", 4490, true, 7),
    EPSG_3857("http://www.opengis.net/def/crs/EPSG/0/3857", 3857, false, 2);

    final String uri;
    final int srid;
    final boolean latitudeFirst;
    /** Decimal places: 7 for degrees (about 1 cm), 2 for metres. */
    final int digits;

    OgcCrs(String uri, int srid, boolean latitudeFirst, int digits) {
        this.uri = uri;
        this.srid = srid;
        this.latitudeFirst = latitudeFirst;
        this.digits = digits;
    }

    static List<String> uris() {
        return Arrays.stream(values()).map(c -> c.uri).toList();
    }

    static OgcCrs parse(String value, String field) {
        if (value == null) {
            return CRS84;
        }
        return Arrays.stream(values()).filter(c -> c.uri.equals(value.strip())).findFirst()
                .orElseThrow(() -> InvalidInput.of(field, "'" + value + "' is not one of " + String.join(", ", uris())));
    }

    /** The stored (CRS84) geometry {@code geometry} in this CRS and axis order. */
    String fromStorage(String geometry) {
        String transformed = srid == 4326 ? geometry : "ST_Transform(" + geometry + ", " + srid + ")";
        return latitudeFirst ? "ST_FlipCoordinates(" + transformed + ")" : transformed;
    }

    /** The box given in this CRS as a stored (CRS84) geometry; parameters minX.. are in the CRS's axis order. */
    String envelopeToStorage() {
        String envelope = latitudeFirst
                ? "ST_MakeEnvelope(:bboxMinY, :bboxMinX, :bboxMaxY, :bboxMaxX, " + srid + ")"
                : "ST_MakeEnvelope(:bboxMinX, :bboxMinY, :bboxMaxX, :bboxMaxY, " + srid + ")";
        return srid == 4326 ? envelope : "ST_Transform(" + envelope + ", 4326)";
    }
}

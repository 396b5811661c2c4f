package org.gridatlas.query.system;

import java.util.List;

/**
 * Joins GeoJSON features that PostGIS wrote into one FeatureCollection.
 * Queries fetch one feature more than they return, so the collection can say
 * whether the box held more than a map can show.
 */
public final class FeatureCollections {

    public static final String GEO_JSON = "application/geo+json";
    /**
     * Offered beside GeoJSON's own type: plain clients and GDAL ({@code Accept: text/plain, application/json})
     * ask for this one, and GeoJSON is JSON. Whoever asks for nothing in particular gets {@link #GEO_JSON}.
     */
    public static final String JSON = "application/json";

    private FeatureCollections() {
    }

    public static String of(List<String> features, int max) {
        boolean truncated = features.size() > max;
        List<String> returned = truncated ? features.subList(0, max) : features;
        return "{\"type\":\"FeatureCollection\",\"numberReturned\":" + returned.size()
                + ",\"truncated\":" + truncated
                + ",\"features\":[" + String.join(",", returned) + "]}";
    }
}

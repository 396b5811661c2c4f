package org.gridatlas.query.ogc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.gridatlas.query.system.AsOf;
import org.gridatlas.query.system.InvalidInput;
import org.gridatlas.query.system.OfficeDates;

/**
 * An items request of a collection, every parameter checked: unknown ones and
 * bad values are refused naming the parameter, so a misspelt filter never
 * passes for the whole collection.
 */
record OgcItemsQuery(OgcCollection collection, double[] bbox, OgcCrs bboxCrs, OgcCrs crs, int limit, int offset,
                     AsOf asOf, String datetime, Map<String, String> filters, String format) {

    static final int DEFAULT_LIMIT = 100;
    /** A larger limit is served as this one, as Part 1 asks (not an error). */
    static final int MAX_LIMIT = 10_000;

    private static final Set<String> COMMON = Set.of("f", "bbox", "bbox-crs", "crs", "limit", "offset", "datetime");

    static OgcItemsQuery of(OgcCollection collection, Map<String, String[]> parameters) {
        Set<String> known = new TreeSet<>(COMMON);
        collection.queryables().forEach(q -> known.add(q.name()));
        Map<String, String> single = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (!known.contains(name)) {
                throw InvalidInput.of(name, "is not a parameter of the items of '" + collection.id() + "', which take "
                        + String.join(", ", known));
            }
            if (values.length != 1) {
                throw InvalidInput.of(name, "must be given once");
            }
            single.put(name, values[0]);
        });
        Map<String, String> filters = new LinkedHashMap<>();
        for (OgcCollection.Queryable q : collection.queryables()) {
            String value = single.get(q.name());
            if (value == null) {
                continue;
            }
            if (!q.values().isEmpty() && !q.values().contains(value)) {
                throw InvalidInput.of(q.name(), "'" + value + "' is not one of " + String.join(", ", q.values()));
            }
            if (q.pattern() != null && !value.matches(q.pattern())) {
                throw InvalidInput.of(q.name(), "'" + value + "' must match " + q.pattern());
            }
            filters.put(q.name(), value);
        }
        String datetime = single.get("datetime");
        return new OgcItemsQuery(collection, bbox(single.get("bbox")), OgcCrs.parse(single.get("bbox-crs"), "bbox-crs"),
                OgcCrs.parse(single.get("crs"), "crs"),
                Math.min(whole(single.get("limit"), "limit", DEFAULT_LIMIT, 1), MAX_LIMIT),
                whole(single.get("offset"), "offset", 0, 0), asOf(datetime), datetime, filters, single.get("f"));
    }

    /** Only instants: the read model answers "as it was at", not "everything that existed during". */
    static AsOf asOf(String datetime) {
        if (datetime == null) {
            return AsOf.NOW;
        }
        if (datetime.contains("/")) {
            throw InvalidInput.of("datetime", "only an instant is supported (2026-05-31T00:00:00Z or 2026-05-31, "
                    + "the end of that day in Beijing), not an interval");
        }
        return new AsOf(OfficeDates.parseInstant(datetime, "datetime", true));
    }

    private static int whole(String value, String field, int absent, int min) {
        if (value == null) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw InvalidInput.of(field, "must be a whole number of at least " + min);
    }

    private static double[] bbox(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split(",", -1);
        if (parts.length != 4) {
            throw InvalidInput.of("bbox", "must be four numbers: lower left and upper right corner, in bbox-crs's axis order");
        }
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                box[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw InvalidInput.of("bbox", "'" + parts[i] + "' is not a number");
            }
            if (!Double.isFinite(box[i])) {
                throw InvalidInput.of("bbox", "must be finite numbers");
            }
        }
        if (box[0] > box[2] || box[1] > box[3]) {
            throw InvalidInput.of("bbox", "the lower corner must not lie above or right of the upper corner");
        }
        return box;
    }

    /** The request's parameters other than paging, for the links of a page. */
    Map<String, String> parametersWithout(List<String> names, Map<String, String[]> parameters) {
        Map<String, String> kept = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (!names.contains(name)) {
                kept.put(name, values[0]);
            }
        });
        return kept;
    }
}

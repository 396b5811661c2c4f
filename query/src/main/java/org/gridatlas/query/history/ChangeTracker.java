package org.gridatlas.query.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A record's state as flat named fields, brought forward one event at a time;
 * each step answers which fields that event changed, before and after. An
 * empty field is simply absent, so registering reports only what it filled in.
 */
final class ChangeTracker {

    private final Map<String, JsonNode> state = new LinkedHashMap<>();

    List<FieldChange> apply(FieldValues event) {
        Map<String, JsonNode> next = new LinkedHashMap<>();
        event.values().forEach((field, value) -> next.put(field, isEmpty(value) ? null : value));
        for (String prefix : event.replaced()) {
            state.keySet().stream()
                    .filter(field -> field.startsWith(prefix + ".") && !event.kept().contains(field))
                    .forEach(field -> next.putIfAbsent(field, null));
        }

        List<FieldChange> changes = new ArrayList<>();
        next.forEach((field, after) -> {
            JsonNode before = state.get(field);
            if (!same(before, after)) {
                changes.add(FieldChange.of(field, before, after));
            }
            if (after == null) {
                state.remove(field);
            } else {
                state.put(field, after);
            }
        });
        return changes;
    }

    /** Numbers compare by value: 8600.5 and 8600.50 are the same floor area. */
    private static boolean same(JsonNode before, JsonNode after) {
        if (before == null || after == null) {
            return before == after;
        }
        if (before.isNumber() && after.isNumber()) {
            return before.decimalValue().compareTo(after.decimalValue()) == 0;
        }
        return before.equals(after);
    }

    /** Nothing, null or an empty list: the field holds nothing. */
    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || (value.isArray() && value.isEmpty());
    }
}

package org.gridatlas.query.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * The values one event gives a record's fields, by dotted name: a nested
 * object such as a compound's management becomes {@code management.mode},
 * {@code management.provider} and so on; lists and plain values stay whole.
 */
final class FieldValues {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, JsonNode> values = new LinkedHashMap<>();
    private final List<String> replaced = new ArrayList<>();
    private final java.util.Set<String> kept = new java.util.HashSet<>();
    private Codes codes;

    /**
     * The micro-grid codes an edit of a grid's division names: those it
     * replaced or changed, and those the grid holds in their place.
     */
    record Codes(List<String> before, List<String> after) {
    }

    /**
     * Sets one field. An object is spread under {@code field.} and replaces
     * everything the record held there, so a part it no longer has (a
     * subsidy dropped, a micro-grid removed) reads as cleared.
     */
    FieldValues set(String field, Object value) {
        JsonNode tree = value == null ? NullNode.getInstance() : JSON.valueToTree(value);
        if (tree.isObject() || value == null) {
            replaced.add(field);
        }
        spread(field, tree);
        return this;
    }

    /** A field a replaced prefix does not clear: what the event leaves as it was, such as a kept micro-grid's leaders. */
    FieldValues keep(String field) {
        kept.add(field);
        return this;
    }

    /** The codes before and after, for an event that edits a grid's division. */
    FieldValues codes(List<String> before, List<String> after) {
        codes = new Codes(List.copyOf(before), List.copyOf(after));
        return this;
    }

    /** Sets every member of {@code value} as a field of its own, by the member's name. */
    FieldValues setMembers(Object value) {
        JSON.valueToTree(value).properties().forEach(member -> spread(member.getKey(), member.getValue()));
        return this;
    }

    private void spread(String field, JsonNode tree) {
        if (tree.isObject()) {
            tree.properties().forEach(member -> spread(field + "." + member.getKey(), member.getValue()));
        } else {
            values.put(field, tree);
        }
    }

    /** The fields set, in the order the event names them; null or a null node means the field is now empty. */
    Map<String, JsonNode> values() {
        return Collections.unmodifiableMap(values);
    }

    /** Prefixes whose every earlier field this event replaces. */
    List<String> replaced() {
        return Collections.unmodifiableList(replaced);
    }

    /** Fields under a replaced prefix that keep their value. */
    java.util.Set<String> kept() {
        return Collections.unmodifiableSet(kept);
    }

    /** The codes the event says it edited, or {@code null} when it edits no division. */
    Codes codes() {
        return codes;
    }
}

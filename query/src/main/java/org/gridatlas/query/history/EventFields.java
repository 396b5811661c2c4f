package org.gridatlas.query.history;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * For each kind of event, the words for what it does and the record fields it
 * sets. Each record kind lists its own events ({@link CompoundFields},
 * {@link GridFields}, {@link AreaFields}, {@link PartyOrganisationFields},
 * {@link CampaignFields}, {@link ProblemFields}, {@link MeetingFields},
 * {@link ComplaintFields}, {@link BodyFields}); an event nobody listed still shows, with every
 * member of its payload as a field.
 */
final class EventFields {

    /** What one event did: words for a person, and the fields it set. */
    record Described(String operation, FieldValues values) {
    }

    private record Entry<E>(Function<E, String> operation, BiConsumer<E, FieldValues> fields) {

        Described describe(E event) {
            FieldValues values = new FieldValues();
            fields.accept(event, values);
            return new Described(operation.apply(event), values);
        }
    }

    private final Map<Class<?>, Entry<?>> byEvent = new HashMap<>();

    static EventFields forEveryRecord() {
        EventFields table = new EventFields();
        CompoundFields.addTo(table);
        GridFields.addTo(table);
        AreaFields.addTo(table);
        PartyOrganisationFields.addTo(table);
        CampaignFields.addTo(table);
        ProblemFields.addTo(table);
        MeetingFields.addTo(table);
        ComplaintFields.addTo(table);
        BodyFields.addTo(table);
        return table;
    }

    <E> EventFields on(Class<E> event, String operation, BiConsumer<E, FieldValues> fields) {
        return on(event, e -> operation, fields);
    }

    <E> EventFields on(Class<E> event, Function<E, String> operation, BiConsumer<E, FieldValues> fields) {
        if (byEvent.putIfAbsent(event, new Entry<>(operation, fields)) != null) {
            throw new IllegalStateException(event.getSimpleName() + " is listed twice");
        }
        return this;
    }

    boolean knows(Class<?> event) {
        return byEvent.containsKey(event);
    }

    @SuppressWarnings("unchecked")
    Described describe(Object event) {
        Entry<Object> entry = (Entry<Object>) byEvent.get(event.getClass());
        if (entry == null) {
            return new Described(words(event.getClass().getSimpleName()), new FieldValues().setMembers(event));
        }
        return entry.describe(event);
    }

    /** "CampaignClosedEvent" → "campaign closed". */
    static String words(String eventName) {
        return eventName.replaceFirst("Event$", "").replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
    }
}

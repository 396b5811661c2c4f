package org.gridatlas.query.history;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.gridatlas.messages.governance.Committee;

/**
 * Which record a history is about. Most records are an aggregate of their own;
 * a micro-grid lives inside its grid, a sub-district or community inside
 * its district and a committee inside its compound, so their history is the
 * part of that aggregate's events that touched them, with fields named as the
 * part's own.
 */
sealed interface Scope {

    /** A micro-grid code is its grid's code (15 digits) followed by two digits. */
    Pattern MICRO_GRID_CODE = Pattern.compile("\\d{17}");
    /** A sub-district code is its district's code (6 digits) followed by three, a community's by six. */
    Pattern AREA_CODE = Pattern.compile("\\d{9}|\\d{12}");

    /** The aggregate whose events to read. */
    String aggregateId();

    /** The field's name within this record, or {@code null} when it is not one of the record's fields. */
    String fieldName(String aggregateField);

    /** Words for what an event did to this record, given the event's own words and what it changed here. */
    default String operation(String eventOperation, List<FieldChange> changes) {
        return eventOperation;
    }

    /** Whether an event that changed none of the record's fields still belongs to its history. */
    default boolean showsEventsWithoutChanges() {
        return false;
    }

    /** The records an identifier may name, the aggregate of that identifier first. */
    static List<Scope> candidates(String recordId) {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Whole(recordId));
        if (MICRO_GRID_CODE.matcher(recordId).matches()) {
            scopes.add(new MicroGridOfGrid(recordId));
        }
        if (AREA_CODE.matcher(recordId).matches()) {
            scopes.add(new AreaOfDistrict(recordId));
        }
        Committee.of(recordId).ifPresent(committee ->
                scopes.add(new CommitteeOfCompound(committee, committee.compoundOf(recordId).orElseThrow())));
        return scopes;
    }

    /** An aggregate and every one of its events. */
    record Whole(String aggregateId) implements Scope {

        @Override
        public String fieldName(String aggregateField) {
            return aggregateField;
        }

        @Override
        public boolean showsEventsWithoutChanges() {
            return true;
        }
    }

    /** One micro-grid of a grid: added, reshaped, renamed, its helpers changed, removed. */
    record MicroGridOfGrid(String microGridCode) implements Scope {

        @Override
        public String aggregateId() {
            return microGridCode.substring(0, 15);
        }

        @Override
        public String fieldName(String aggregateField) {
            String prefix = GridFields.microGrid(microGridCode);
            return aggregateField.startsWith(prefix) ? aggregateField.substring(prefix.length()) : null;
        }

        /** Added and removed as its boundary came or went; leaders named for the first time are no new micro-grid. */
        @Override
        public String operation(String eventOperation, List<FieldChange> changes) {
            if (changes.stream().anyMatch(c -> c.field().equals("boundary") && c.before() == null)) {
                return "micro-grid added";
            }
            if (changes.stream().anyMatch(c -> c.field().equals("boundary") && c.after() == null)) {
                return "micro-grid removed";
            }
            return "micro-grid " + String.join(" and ", changes.stream().map(FieldChange::field).toList()) + " changed";
        }
    }

    /**
     * A sub-district or community of a district: its name and boundary, and for a
     * sub-district those of its communities as {@code communities.<code>.name} and {@code .boundary}.
     */
    record AreaOfDistrict(String areaCode) implements Scope {

        @Override
        public String aggregateId() {
            return areaCode.substring(0, 6);
        }

        @Override
        public String fieldName(String aggregateField) {
            if (aggregateField.equals(AreaFields.areaName(areaCode))) {
                return "name";
            }
            if (aggregateField.equals(AreaFields.areaBoundary(areaCode))) {
                return "boundary";
            }
            if (aggregateField.startsWith(AreaFields.AREAS + areaCode)) {
                return "communities." + aggregateField.substring(AreaFields.AREAS.length());
            }
            return null;
        }
    }

    /**
     * A compound's owners' or property management committee, named as the
     * body register names it: formed, dissolved, its members appointed and gone.
     */
    record CommitteeOfCompound(Committee committee, String aggregateId) implements Scope {

        @Override
        public String fieldName(String aggregateField) {
            String prefix = CompoundFields.committee(committee);
            return aggregateField.startsWith(prefix) ? aggregateField.substring(prefix.length()) : null;
        }
    }
}

package org.gridatlas.command.system;

import java.util.Map;

/** A command was rejected because it would break a {@link Rule}; nothing was stored. */
public class RuleViolation extends RuntimeException {

    private final transient Rule rule;
    private final transient Map<String, Object> facts;

    public RuleViolation(Rule rule) {
        super(rule.description());
        this.rule = rule;
        this.facts = Map.of();
    }

    /** The message is the rule's description followed by what is wrong in this case. */
    public RuleViolation(Rule rule, String detail) {
        this(rule, detail, Map.of());
    }

    /**
     * As above, with figures a client acts on without reading the words, such
     * as how many parts a line cuts; they become members of the problem body.
     */
    public RuleViolation(Rule rule, String detail, Map<String, Object> facts) {
        super(rule.description() + ": " + detail);
        this.rule = rule;
        this.facts = Map.copyOf(facts);
    }

    public Rule rule() {
        return rule;
    }

    public Map<String, Object> facts() {
        return facts;
    }
}

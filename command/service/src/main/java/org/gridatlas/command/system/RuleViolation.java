package org.gridatlas.command.system;

/** A command was rejected because it would break a {@link Rule}; nothing was stored. */
public class RuleViolation extends RuntimeException {

    private final transient Rule rule;

    public RuleViolation(Rule rule) {
        super(rule.description());
        this.rule = rule;
    }

    /** The message is the rule's description followed by what is wrong in this case. */
    public RuleViolation(Rule rule, String detail) {
        super(rule.description() + ": " + detail);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}

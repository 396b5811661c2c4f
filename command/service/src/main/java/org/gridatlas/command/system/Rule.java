package org.gridatlas.command.system;

/**
 * A rule an aggregate enforces. Rules are constants next to the aggregate so
 * that tests and API clients see the same wording.
 *
 * @param id          stable kebab-case name, for clients that react to a rule
 * @param field       the request member the rule is about, or {@code null}
 * @param description the rule in words, shown to the user
 */
public record Rule(String id, String field, String description) {

    /** Throws {@link RuleViolation} unless {@code holds}. */
    public void check(boolean holds) {
        if (!holds) {
            throw new RuleViolation(this);
        }
    }

    /**
     * Throws {@link RuleViolation} unless {@code holds}, saying what is wrong in
     * this case (such as where a point lies instead), worked out only then.
     */
    public void check(boolean holds, java.util.function.Supplier<String> detail) {
        if (!holds) {
            throw new RuleViolation(this, detail.get());
        }
    }

    /**
     * The same rule about a member of a nested object or list entry, e.g. a
     * member's {@code name} at {@code members[2].}: the problem then names the
     * entry that broke it.
     */
    public Rule under(String prefix) {
        return new Rule(id, field == null ? null : prefix + field, description);
    }
}

package org.gridatlas.messages.governance;

import java.util.Optional;

import org.gridatlas.messages.body.BodyKind;

/**
 * The two committees a compound may hold. The compound is their one source
 * of truth; in the body register, for cross appointments and for other
 * records that name bodies, a committee goes by {@link #bodyId}, which no
 * identifier a client chooses can take (it holds a colon).
 */
public enum Committee {
    /** 业主委员会. */
    OWNERS_COMMITTEE("owners-committee:", BodyKind.OWNERS_COMMITTEE),
    /** 物业管理委员会 (物管会). */
    PROPERTY_MANAGEMENT_COMMITTEE("property-management-committee:", BodyKind.PROPERTY_MANAGEMENT_COMMITTEE);

    private final String prefix;
    private final BodyKind kind;

    Committee(String prefix, BodyKind kind) {
        this.prefix = prefix;
        this.kind = kind;
    }

    public BodyKind kind() {
        return kind;
    }

    /** The committee of this compound, as the body register names it: {@code owners-committee:<compoundId>}. */
    public String bodyId(String compoundId) {
        return prefix + compoundId;
    }

    /** The compound whose committee of this kind the body id names, if it names one. */
    public Optional<String> compoundOf(String bodyId) {
        return bodyId != null && bodyId.startsWith(prefix) && bodyId.length() > prefix.length()
                ? Optional.of(bodyId.substring(prefix.length())) : Optional.empty();
    }

    /** The committee a body id names, if it names one. */
    public static Optional<Committee> of(String bodyId) {
        for (Committee committee : values()) {
            if (committee.compoundOf(bodyId).isPresent()) {
                return Optional.of(committee);
            }
        }
        return Optional.empty();
    }
}

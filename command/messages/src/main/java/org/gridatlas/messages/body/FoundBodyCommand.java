package org.gridatlas.messages.body;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Enters a body into the register, with the compounds it serves and its first
 * members, who are appointed on the founding day.
 *
 * @param areaCode   where the body belongs: a society's community, a state-owned company's sub-district,
 *                   a market company's district, a project department's sub-district or community
 * @param companyId  for a project department only: the property company it belongs to
 * @param creditCode for a property company only: its unified social credit code (统一社会信用代码)
 */
public record FoundBodyCommand(
        @TargetAggregateIdentifier String bodyId,
        BodyKind kind,
        String areaCode,
        String name,
        String companyId,
        String creditCode,
        LocalDate foundedOn,
        List<String> compoundIds,
        List<BodyMember> members) {
}

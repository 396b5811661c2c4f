package org.gridatlas.command.body;

import static org.gridatlas.command.system.Requests.ID_MESSAGE;
import static org.gridatlas.command.system.Requests.ID_PATTERN;
import static org.gridatlas.command.system.Requests.REQUIRED;

import java.time.LocalDate;

import org.gridatlas.command.system.PlausibleDate;
import org.gridatlas.messages.body.BodyMember;
import org.gridatlas.messages.body.MemberRole;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A member as a request names them, for the register's bodies and a compound's committees alike. */
public record MemberRequest(
        @Schema(description = "chosen by the office, unique within the body; cross appointments name the member by it",
                example = "m1")
        @NotBlank(message = REQUIRED) @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String memberId,
        @Schema(example = "王秀英") @NotBlank(message = REQUIRED) String name,
        @NotNull(message = REQUIRED) MemberRole role,
        @Schema(description = "whether a member of the Communist Party (党员)") @NotNull(message = REQUIRED) Boolean partyMember,
        @Schema(description = "optional", example = "0351-7654321")
        @Pattern(regexp = "[0-9+\\- ]{3,20}", message = "must be 3 to 20 digits, spaces, '-' or '+'") String phone) {

    public BodyMember toMember() {
        return new BodyMember(memberId, name, role, partyMember, phone);
    }

    /** A member joining a body or committee that already exists. */
    public record Appointment(@NotNull(message = REQUIRED) @Valid MemberRequest member,
                              @NotNull(message = REQUIRED) @PlausibleDate LocalDate appointedOn,
                              @NotBlank(message = REQUIRED) @Size(max = 500) String reason, Long expectedVersion) {
    }

    /** A member leaving. */
    public record Departure(@NotNull(message = REQUIRED) @PlausibleDate LocalDate leftOn,
                            @NotBlank(message = REQUIRED) @Size(max = 500) String reason, Long expectedVersion) {
    }
}

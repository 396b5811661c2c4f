package org.gridatlas.query.meeting;

import java.time.LocalDate;

import org.gridatlas.query.system.ApiParameters;
import org.gridatlas.query.system.NotFound;
import org.gridatlas.query.system.ReadScope;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping("/api/meetings")
@Tag(name = "Meetings (四方联席会、议事会)")
class MeetingQueryController {

    private final MeetingRecords meetings;

    MeetingQueryController(MeetingRecords meetings) {
        this.meetings = meetings;
    }

    @Operation(summary = "A district's meetings, newest first, optionally between two days",
            description = "problemsSettled counts the problems now resolved with this meeting as the one that settled them.")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    String list(@Parameter(description = ApiParameters.DISTRICT) @RequestParam String districtCode,
                @Parameter(description = ApiParameters.FROM_DAY, example = "2023-01-01")
                @RequestParam(required = false) LocalDate from,
                @Parameter(description = ApiParameters.TO_DAY, example = "2023-12-31")
                @RequestParam(required = false) LocalDate to,
                HttpServletRequest request) {
        return "[" + String.join(",", meetings.ofDistrict(districtCode, from, to, ReadScope.of(request))) + "]";
    }

    @Operation(summary = "One meeting")
    @GetMapping(path = "/{meetingId}", produces = MediaType.APPLICATION_JSON_VALUE)
    String one(@Parameter(description = "The meeting's id") @PathVariable String meetingId, HttpServletRequest request) {
        return meetings.one(meetingId, ReadScope.of(request)).orElseThrow(() -> NotFound.of("meeting", meetingId));
    }
}

package org.gridatlas.query.history;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "History (变更记录)")
class HistoryController {

    private final HistoryService history;

    HistoryController(HistoryService history) {
        this.history = history;
    }

    @Operation(summary = "Every change to a record, oldest first: who, when, why, and each field before and after",
            description = "The identifier is a district, sub-district, community, grid or micro-grid code, or a compound,"
                    + " party organisation, campaign, problem, meeting or complaint figure id. A boundary's change carries"
                    + " its area before and after in m²; an edit of a grid's division (split, merge, shared-edge move,"
                    + " retirement, redraw) names the micro-grid codes before and after as codes.")
    @GetMapping("/api/history/{recordId}")
    List<HistoryEntry> history(@Parameter(description = "An area, grid or micro-grid code, or a record's id (see above)")
                               @PathVariable String recordId) {
        return history.history(recordId);
    }
}

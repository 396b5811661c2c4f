package org.gridatlas.query.search;

import java.util.List;

import org.gridatlas.query.system.InvalidInput;
import org.gridatlas.query.system.ReadScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping("/api/search")
@Tag(name = "Search (查找)")
class SearchController {

    /** Longer than any name or address a person would type into a search box. */
    static final int MAX_TEXT = 50;
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    private final SearchRepository search;

    SearchController(SearchRepository search) {
        this.search = search;
    }

    @Operation(summary = "Compounds, grids, micro-grids, sub-districts and communities whose name or code holds the text "
            + "(a compound's address too), best first, each with the areas around it and the box to zoom to",
            description = "Ranked: the exact code first, then codes and names that begin with the text, then the rest; "
                    + "among equals the wider area first, then the shorter name. Only what the reader may see.")
    @GetMapping
    List<SearchRepository.Hit> search(
            @Parameter(description = "What to look for: a part of a name, an address or a code (1 to " + MAX_TEXT
                    + " characters)", example = "小区", required = true) @RequestParam String q,
            @Parameter(description = "Only in this district") @RequestParam(required = false) String districtCode,
            @Parameter(description = "At most this many hits, 1 to " + MAX_LIMIT + "; " + DEFAULT_LIMIT + " by default")
            @RequestParam(required = false) Integer limit,
            HttpServletRequest request) {
        String text = q.strip();
        if (text.isEmpty()) {
            throw InvalidInput.of("q", "must not be empty");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw InvalidInput.of("q", "must be at most " + MAX_TEXT + " characters");
        }
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw InvalidInput.of("limit", "must be 1 to " + MAX_LIMIT);
        }
        return search.search(text, districtCode, limit == null ? DEFAULT_LIMIT : limit, ReadScope.of(request));
    }
}

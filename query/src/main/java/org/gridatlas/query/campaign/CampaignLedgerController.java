package org.gridatlas.query.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.gridatlas.query.system.AsOf;
import org.gridatlas.query.system.InvalidInput;
import org.gridatlas.query.system.NotFound;
import org.gridatlas.query.system.OfficeDates;
import org.gridatlas.query.system.ReadScope;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The campaign ledger (台账) as files to hand upwards: a workbook with the
 * baseline compounds and a summary by sub-district, and the same rows as CSV,
 * for the campaign's area or a part of it, as of any instant. A reader whose
 * areas do not cover the area gets their part only, as the campaign's
 * figures do.
 */
@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "Clearance campaigns (无物业小区清零)")
class CampaignLedgerController {

    private static final String AREA = "the campaign's area or a sub-district or community inside it; the campaign's area when absent";
    private static final String AT = "a date (its end, Beijing time), a Beijing date and time, or an ISO-8601 timestamp; now when absent";

    private final CampaignQueries campaigns;
    private final CampaignLedger ledger;
    private final Clock clock;

    CampaignLedgerController(CampaignQueries campaigns, CampaignLedger ledger) {
        this.campaigns = campaigns;
        this.ledger = ledger;
        this.clock = Clock.system(OfficeDates.OFFICE_ZONE);
    }

    @Operation(summary = "The campaign ledger as an Excel workbook: 台账 (one row per baseline compound) and 汇总 (by sub-district)",
            description = "Management as the ledger held it at `at`; dates as Excel dates, amounts as numbers.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = LedgerWorkbookWriter.CONTENT_TYPE)))
    @GetMapping("/{campaignId}/ledger.xlsx")
    ResponseEntity<byte[]> workbook(@Parameter(description = "The campaign's id, as GET /api/campaigns lists it")
                               @PathVariable String campaignId,
                                    @Parameter(description = AREA, example = "140105001") @RequestParam(required = false) String areaCode,
                                    @Parameter(description = AT, example = "2026-09-01") @RequestParam(required = false) String at,
                                    HttpServletRequest request) {
        LedgerContents contents = contents(campaignId, areaCode, at, request);
        return file(LedgerWorkbookWriter.write(contents), LedgerWorkbookWriter.CONTENT_TYPE, contents.fileName("xlsx"));
    }

    @Operation(summary = "The ledger sheet's rows as CSV (UTF-8 with a byte order mark, so Excel reads the Chinese)",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv")))
    @GetMapping("/{campaignId}/ledger.csv")
    ResponseEntity<byte[]> csv(@Parameter(description = "The campaign's id, as GET /api/campaigns lists it")
                               @PathVariable String campaignId,
                               @Parameter(description = AREA, example = "140105001") @RequestParam(required = false) String areaCode,
                               @Parameter(description = AT, example = "2026-09-01") @RequestParam(required = false) String at,
                               HttpServletRequest request) {
        LedgerContents contents = contents(campaignId, areaCode, at, request);
        return file(LedgerCsvWriter.write(contents), LedgerCsvWriter.CONTENT_TYPE, contents.fileName("csv"));
    }

    private LedgerContents contents(String campaignId, String areaCode, String at, HttpServletRequest request) {
        Instant now = clock.instant();
        Instant asOf = at == null ? now : OfficeDates.parseInstant(at, "at", true);
        // a campaign launched after the instant had no ledger then
        CampaignQueries.Campaign campaign = campaigns.campaign(campaignId, at == null ? AsOf.NOW : new AsOf(asOf))
                .orElseThrow(() -> NotFound.of("campaign", campaignId));
        String area = areaCode == null ? campaign.areaCode() : areaCode;
        if (!area.startsWith(campaign.areaCode())) {
            throw InvalidInput.of("areaCode", "must be the campaign's area " + campaign.areaCode() + " or an area inside it");
        }
        String areaName = area.equals(campaign.areaCode()) && campaign.areaName() != null ? campaign.areaName()
                : ledger.areaName(campaign.districtCode(), area).orElseThrow(() -> NotFound.of("area", area));
        ReadScope scope = ReadScope.of(request);
        List<String> restrictedTo = scope.covers(area) ? null : scope.partsOf(area);
        List<CampaignLedger.Row> rows = ledger.rows(new CampaignLedger.Request(campaign, area, scope, asOf));
        return new LedgerContents(campaign.campaignId(), campaign.name(), area, areaName, restrictedTo, asOf, now, rows);
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String contentType, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}

package org.gridatlas.query.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.gridatlas.query.system.AsOf;
import org.gridatlas.query.system.ReadScope;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/** The campaign summary for {@code statistics.StatisticsBench}, which cannot see the package's queries. */
public final class CampaignBench {

    private CampaignBench() {
    }

    /** {@code GET /api/campaigns/summary}' two queries: the district's campaigns and their union. */
    public static Supplier<?> summary(JdbcClient jdbc, String districtCode, ReadScope scope) {
        CampaignQueries queries = new CampaignQueries(jdbc, JsonMapper.builder().build());
        return () -> {
            queries.ofDistrict(districtCode, null, AsOf.NOW);
            return queries.openCampaignsOf(districtCode, scope, AsOf.NOW);
        };
    }

    /** The ledger workbook's query ({@code GET /api/campaigns/{id}/ledger.xlsx}) as of now, for one area of the campaign. */
    public static Supplier<?> ledgerRows(JdbcClient jdbc, String campaignId, String areaCode, ReadScope scope) {
        CampaignQueries queries = new CampaignQueries(jdbc, JsonMapper.builder().build());
        CampaignLedger ledger = new CampaignLedger(jdbc);
        CampaignQueries.Campaign campaign = queries.campaign(campaignId, AsOf.NOW).orElseThrow();
        return () -> ledger.rows(new CampaignLedger.Request(campaign, areaCode, scope, Instant.now()));
    }

    /** Writing the workbook of the campaign's rows, repeated until there are {@code rows} of them (0: as read). */
    public static Supplier<?> ledgerWorkbook(JdbcClient jdbc, String campaignId, int rows) {
        CampaignQueries queries = new CampaignQueries(jdbc, JsonMapper.builder().build());
        CampaignQueries.Campaign campaign = queries.campaign(campaignId, AsOf.NOW).orElseThrow();
        List<CampaignLedger.Row> read = new CampaignLedger(jdbc).rows(
                new CampaignLedger.Request(campaign, campaign.areaCode(), ReadScope.EVERYTHING, Instant.now()));
        int wanted = rows <= 0 ? read.size() : rows;
        List<CampaignLedger.Row> many = new ArrayList<>(wanted);
        while (many.size() < wanted) {
            many.addAll(read.subList(0, Math.min(read.size(), wanted - many.size())));
        }
        LedgerContents contents = new LedgerContents(campaignId, campaign.name(), campaign.areaCode(), campaign.areaName(),
                null, Instant.now(), Instant.now(), many);
        return () -> LedgerWorkbookWriter.write(contents).length;
    }
}

package org.gridatlas.query.campaign;

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
}

package org.gridatlas.query.campaign;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.gridatlas.messages.campaign.CampaignClosedEvent;
import org.gridatlas.messages.campaign.CampaignLaunchedEvent;
import org.gridatlas.query.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code readmodel.campaign}, one row per campaign with its area; progress
 * is computed from the compound ledger when asked. Events stored before
 * campaigns had areas arrive with the district as their area.
 */
@Component
@ProcessingGroup(CampaignProjection.GROUP)
class CampaignProjection {

    static final String GROUP = "campaign";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CampaignProjection(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(CampaignLaunchedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO readmodel.campaign (campaign_id, district_code, area_code, area_level, name, launched_on,
                            launched_at, target_date, milestones, compounds_at_launch, unmanaged_at_launch, version)
                        VALUES (:id, :district, :area, :level, :name, :launchedOn, :at, :target, CAST(:milestones AS jsonb),
                            :compounds, :unmanaged, :version)""")
                .param("id", event.campaignId()).param("district", event.districtCode())
                .param("area", event.areaCode()).param("level", event.areaLevel().name()).param("name", event.name())
                .param("launchedOn", event.launchedOn()).param("at", Sql.utc(at)).param("target", event.targetDate())
                .param("milestones", json.writeValueAsString(event.milestones()))
                .param("compounds", event.compoundsAtLaunch()).param("unmanaged", Sql.array(event.unmanagedAtLaunch()))
                .param("version", version)
                .update();
    }

    @EventHandler
    void on(CampaignClosedEvent event, @SequenceNumber long version) {
        jdbc.sql("UPDATE readmodel.campaign SET closed_on = :closed, version = :version WHERE campaign_id = :id")
                .param("closed", event.closedOn()).param("version", version).param("id", event.campaignId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE readmodel.campaign").update();
    }
}

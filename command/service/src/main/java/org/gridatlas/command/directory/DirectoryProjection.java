package org.gridatlas.command.directory;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.gridatlas.messages.area.AreaLevel;
import org.gridatlas.messages.area.CommunityAddedEvent;
import org.gridatlas.messages.area.DistrictRegisteredEvent;
import org.gridatlas.messages.area.SubDistrictAddedEvent;
import org.gridatlas.messages.campaign.CampaignClosedEvent;
import org.gridatlas.messages.campaign.CampaignLaunchedEvent;
import org.gridatlas.messages.compound.CompoundAssignedToGridsEvent;
import org.gridatlas.messages.compound.CompoundRegisteredEvent;
import org.gridatlas.messages.compound.ManagementChangedEvent;
import org.gridatlas.messages.compound.ManagementMode;
import org.gridatlas.messages.grid.GridDrawnEvent;
import org.gridatlas.messages.party.PartyCoverageChangedEvent;
import org.gridatlas.messages.party.PartyOrganisationFoundedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps the {@link Directory}'s tables in the transaction that stores the events. */
@Component
@ProcessingGroup(DirectoryProjection.GROUP)
class DirectoryProjection {

    static final String GROUP = "directory";

    private final JdbcClient jdbc;

    DirectoryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Subscribing, not tracking: a tracking processor would answer rules from the past. */
    @Configuration(proxyBeanMethods = false)
    static class SubscribingProcessor {

        @Bean
        ConfigurerModule directoryProcessorIsSubscribing() {
            return configurer -> configurer.eventProcessing(processing -> processing.registerSubscribingEventProcessor(GROUP));
        }
    }

    @EventHandler
    void on(DistrictRegisteredEvent event) {
        area(event.districtCode(), AreaLevel.DISTRICT, event.districtCode());
    }

    @EventHandler
    void on(SubDistrictAddedEvent event) {
        area(event.subDistrictCode(), AreaLevel.SUB_DISTRICT, event.districtCode());
    }

    @EventHandler
    void on(CommunityAddedEvent event) {
        area(event.communityCode(), AreaLevel.COMMUNITY, event.districtCode());
    }

    @EventHandler
    void on(GridDrawnEvent event) {
        jdbc.sql("INSERT INTO eventstore.directory_grid (grid_code, district_code) VALUES (:grid, :district)")
                .param("grid", event.gridCode()).param("district", event.districtCode()).update();
    }

    @EventHandler
    void on(CompoundRegisteredEvent event) {
        jdbc.sql("""
                        INSERT INTO eventstore.directory_compound (compound_id, district_code, community_code, unmanaged,
                                                                   grid_codes)
                        VALUES (:id, :district, :community, :unmanaged, :grids)""")
                .param("id", event.compoundId())
                .param("district", event.districtCode())
                .param("community", event.communityCode())
                .param("unmanaged", event.management().mode() == ManagementMode.UNMANAGED)
                .param("grids", codes(event.gridCodes()))
                .update();
    }

    @EventHandler
    void on(CompoundAssignedToGridsEvent event) {
        jdbc.sql("UPDATE eventstore.directory_compound SET grid_codes = :grids WHERE compound_id = :id")
                .param("grids", codes(event.gridCodes())).param("id", event.compoundId())
                .update();
    }

    @EventHandler
    void on(ManagementChangedEvent event) {
        jdbc.sql("UPDATE eventstore.directory_compound SET unmanaged = :unmanaged WHERE compound_id = :id")
                .param("unmanaged", event.management().mode() == ManagementMode.UNMANAGED)
                .param("id", event.compoundId())
                .update();
    }

    @EventHandler
    void on(PartyOrganisationFoundedEvent event) {
        jdbc.sql("""
                        INSERT INTO eventstore.directory_party_organisation (organisation_id, district_code, compound_ids,
                            grid_codes, body_id)
                        VALUES (:id, :district, :compounds, :grids, :body)""")
                .param("id", event.organisationId()).param("district", event.districtCode())
                .param("compounds", codes(event.compoundIds())).param("grids", codes(event.gridCodes()))
                .param("body", event.bodyId())
                .update();
    }

    @EventHandler
    void on(PartyCoverageChangedEvent event) {
        jdbc.sql("""
                        UPDATE eventstore.directory_party_organisation SET compound_ids = :compounds, grid_codes = :grids
                        WHERE organisation_id = :id""")
                .param("id", event.organisationId())
                .param("compounds", codes(event.compoundIds())).param("grids", codes(event.gridCodes()))
                .update();
    }

    static String[] codes(java.util.List<String> codes) {
        return codes == null ? new String[0] : codes.toArray(String[]::new);
    }

    @EventHandler
    void on(CampaignLaunchedEvent event) {
        jdbc.sql("""
                        INSERT INTO eventstore.directory_campaign (campaign_id, district_code, area_code, open)
                        VALUES (:id, :district, :area, true)""")
                .param("id", event.campaignId()).param("district", event.districtCode())
                .param("area", event.areaCode()).update();
    }

    @EventHandler
    void on(CampaignClosedEvent event) {
        jdbc.sql("UPDATE eventstore.directory_campaign SET open = false WHERE campaign_id = :id")
                .param("id", event.campaignId()).update();
    }

    private void area(String code, AreaLevel level, String districtCode) {
        jdbc.sql("INSERT INTO eventstore.directory_area (code, level, district_code) VALUES (:code, :level, :district)")
                .param("code", code).param("level", level.name()).param("district", districtCode).update();
    }
}

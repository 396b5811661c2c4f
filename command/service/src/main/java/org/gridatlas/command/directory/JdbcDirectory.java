package org.gridatlas.command.directory;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gridatlas.messages.area.AreaLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcDirectory implements Directory {

    /** Compounds of an area: its district's, narrowed by the community code's prefix. */
    private static final String IN_AREA = "district_code = left(:area, 6) AND community_code LIKE :area || '%'";

    private final JdbcClient jdbc;

    JdbcDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean areaExists(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM eventstore.directory_area WHERE code = :code)")
                .param("code", code).query(Boolean.class).single();
    }

    @Override
    public Set<String> gridsNotIn(String districtCode, Collection<String> gridCodes) {
        return missing(gridCodes, jdbc.sql("""
                        SELECT grid_code FROM eventstore.directory_grid
                        WHERE district_code = :district AND grid_code = ANY(:codes)""")
                .param("district", districtCode)
                .param("codes", gridCodes.toArray(String[]::new))
                .query(String.class).list());
    }

    @Override
    public Set<String> compoundsNotIn(String districtCode, Collection<String> compoundIds) {
        return missing(compoundIds, jdbc.sql("""
                        SELECT compound_id FROM eventstore.directory_compound
                        WHERE district_code = :district AND compound_id = ANY(:ids)""")
                .param("district", districtCode)
                .param("ids", compoundIds.toArray(String[]::new))
                .query(String.class).list());
    }

    @Override
    public Optional<AreaLevel> areaLevel(String code) {
        return jdbc.sql("SELECT level FROM eventstore.directory_area WHERE code = :code")
                .param("code", code).query(String.class).optional().map(AreaLevel::valueOf);
    }

    @Override
    public int compoundCount(String areaCode) {
        return jdbc.sql("SELECT count(*) FROM eventstore.directory_compound WHERE " + IN_AREA)
                .param("area", areaCode).query(Integer.class).single();
    }

    @Override
    public List<String> unmanagedCompounds(String areaCode) {
        return jdbc.sql("SELECT compound_id FROM eventstore.directory_compound WHERE " + IN_AREA
                        + " AND unmanaged ORDER BY compound_id")
                .param("area", areaCode).query(String.class).list();
    }

    @Override
    public boolean hasOpenCampaign(String areaCode) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM eventstore.directory_campaign
                                       WHERE area_code = :area AND open)""")
                .param("area", areaCode).query(Boolean.class).single();
    }

    @Override
    public Optional<String> compoundCommunity(String compoundId) {
        return jdbc.sql("SELECT community_code FROM eventstore.directory_compound WHERE compound_id = :id")
                .param("id", compoundId).query(String.class).optional();
    }

    @Override
    public Set<String> compoundCommunities(Collection<String> compoundIds) {
        return new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT community_code FROM eventstore.directory_compound
                        WHERE compound_id = ANY(:ids)""")
                .param("ids", compoundIds.toArray(String[]::new))
                .query(String.class).list());
    }

    @Override
    public Optional<String> campaignArea(String campaignId) {
        return jdbc.sql("SELECT area_code FROM eventstore.directory_campaign WHERE campaign_id = :id")
                .param("id", campaignId).query(String.class).optional();
    }

    @Override
    public List<String> partyOrganisationAreas(String organisationId) {
        return jdbc.sql("""
                        SELECT c.community_code FROM eventstore.directory_party_organisation o
                          JOIN eventstore.directory_compound c ON c.compound_id = ANY(o.compound_ids)
                        WHERE o.organisation_id = :id
                        UNION
                        SELECT unnest(o.grid_codes) FROM eventstore.directory_party_organisation o
                        WHERE o.organisation_id = :id
                        UNION
                        SELECT o.district_code FROM eventstore.directory_party_organisation o
                        WHERE o.organisation_id = :id AND cardinality(o.compound_ids) + cardinality(o.grid_codes) = 0""")
                .param("id", organisationId).query(String.class).list();
    }

    private static Set<String> missing(Collection<String> asked, List<String> found) {
        Set<String> missing = new HashSet<>(asked);
        found.forEach(missing::remove);
        return missing;
    }
}

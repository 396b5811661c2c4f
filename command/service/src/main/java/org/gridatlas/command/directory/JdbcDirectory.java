package org.gridatlas.command.directory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gridatlas.messages.area.AreaLevel;
import org.gridatlas.geodata.geometry.Wgs84;
import org.gridatlas.messages.body.BodyKind;
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
        return notIn("eventstore.directory_grid", "grid_code", districtCode, gridCodes);
    }

    @Override
    public Set<String> compoundsNotIn(String districtCode, Collection<String> compoundIds) {
        return notIn("eventstore.directory_compound", "compound_id", districtCode, compoundIds);
    }

    /** The ids that name no row of the district in the table; table and column are constants of this class. */
    private Set<String> notIn(String table, String idColumn, String districtCode, Collection<String> ids) {
        return missing(ids, jdbc.sql("SELECT " + idColumn + " FROM " + table
                        + " WHERE district_code = :district AND " + idColumn + " = ANY(:ids)")
                .param("district", districtCode)
                .param("ids", ids.toArray(String[]::new))
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
                        WHERE o.organisation_id = :id AND cardinality(o.compound_ids) + cardinality(o.grid_codes) = 0
                          AND o.body_id IS NULL
                        UNION
                        SELECT b.area_code FROM eventstore.directory_party_organisation o
                          JOIN eventstore.directory_body b ON b.body_id = o.body_id
                        WHERE o.organisation_id = :id AND cardinality(o.compound_ids) + cardinality(o.grid_codes) = 0""")
                .param("id", organisationId).query(String.class).list();
    }

    @Override
    public Optional<StandingBody> standingBody(String bodyId) {
        return jdbc.sql("""
                        SELECT body_id, district_code, kind, area_code, company_id, compound_ids
                        FROM eventstore.directory_body WHERE body_id = :id AND NOT dissolved""")
                .param("id", bodyId)
                .query((rs, n) -> new StandingBody(rs.getString(1), rs.getString(2), BodyKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), List.of((String[]) rs.getArray(6).getArray())))
                .optional();
    }

    @Override
    public Optional<String> bodyArea(String bodyId) {
        return jdbc.sql("SELECT area_code FROM eventstore.directory_body WHERE body_id = :id")
                .param("id", bodyId).query(String.class).optional();
    }

    @Override
    public Optional<CurrentMember> currentBodyMember(String bodyId, String memberId) {
        return jdbc.sql("""
                        SELECT name, party_member FROM eventstore.directory_body_member
                        WHERE body_id = :body AND member_id = :member""")
                .param("body", bodyId).param("member", memberId)
                .query((rs, n) -> new CurrentMember(rs.getString(1), rs.getBoolean(2))).optional();
    }

    @Override
    public boolean creditCodeTaken(String districtCode, String creditCode) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM eventstore.directory_body
                                       WHERE district_code = :district AND credit_code = :code AND NOT dissolved)""")
                .param("district", districtCode).param("code", creditCode).query(Boolean.class).single();
    }

    @Override
    public boolean hasStateOwnedCompany(String subDistrictCode) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM eventstore.directory_body
                                       WHERE area_code = :area AND kind = 'STATE_OWNED_PROPERTY_COMPANY' AND NOT dissolved)""")
                .param("area", subDistrictCode).query(Boolean.class).single();
    }

    @Override
    public int standingDepartments(String companyId) {
        return jdbc.sql("SELECT count(*) FROM eventstore.directory_body WHERE company_id = :id AND NOT dissolved")
                .param("id", companyId).query(Integer.class).single();
    }

    @Override
    public Optional<String> standingPartyOrganisationDistrict(String organisationId) {
        return jdbc.sql("""
                        SELECT district_code FROM eventstore.directory_party_organisation
                        WHERE organisation_id = :id AND NOT dissolved""")
                .param("id", organisationId).query(String.class).optional();
    }

    @Override
    public Optional<CrossAppointmentLink> crossAppointment(String appointmentId) {
        return jdbc.sql("SELECT body_id, organisation_id FROM eventstore.directory_cross_appointment WHERE appointment_id = :id")
                .param("id", appointmentId)
                .query((rs, n) -> new CrossAppointmentLink(rs.getString(1), rs.getString(2))).optional();
    }

    private static Set<String> missing(Collection<String> asked, List<String> found) {
        Set<String> missing = new HashSet<>(asked);
        found.forEach(missing::remove);
        return missing;
    }

    @Override
    public Place placeOf(String districtCode, String pointWkt) {
        Wgs84.pointFromWkt(pointWkt, "location");
        List<String[]> holding = jdbc.sql("""
                        SELECT kind, record_id FROM eventstore.directory_boundary
                        WHERE district_code = :district AND ST_Covers(boundary, ST_GeomFromText(:wkt, 4326))
                        ORDER BY kind, record_id""")
                .param("district", districtCode).param("wkt", pointWkt)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        return new Place(holding.stream().filter(h -> h[0].equals(DirectoryBoundaries.COMPOUND)).map(h -> h[1]).toList(),
                holding.stream().filter(h -> h[0].equals(DirectoryBoundaries.GRID)).map(h -> h[1]).toList());
    }

    @Override
    public Optional<ProblemEntry> problem(String problemId) {
        return jdbc.sql("SELECT district_code, community_code, found_on FROM eventstore.directory_problem WHERE problem_id = :id")
                .param("id", problemId)
                .query((rs, n) -> new ProblemEntry(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .optional();
    }

    @Override
    public Optional<MeetingEntry> meeting(String meetingId) {
        return jdbc.sql("""
                        SELECT district_code, community_code, held_on, problem_ids FROM eventstore.directory_meeting
                        WHERE meeting_id = :id""")
                .param("id", meetingId)
                .query((rs, n) -> new MeetingEntry(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        List.of((String[]) rs.getArray(4).getArray())))
                .optional();
    }

    @Override
    public Set<String> partyOrganisationsNotIn(String districtCode, Collection<String> organisationIds) {
        return notIn("eventstore.directory_party_organisation", "organisation_id", districtCode, organisationIds);
    }

    @Override
    public List<String> complaintFiguresOverlapping(String areaCode, LocalDate firstDay, LocalDate lastDay) {
        return jdbc.sql("""
                        SELECT figure_id FROM eventstore.directory_complaint_figure
                        WHERE (area_code LIKE :area || '%' OR :area LIKE area_code || '%')
                          AND first_day <= :last AND last_day >= :first
                        ORDER BY figure_id""")
                .param("area", areaCode).param("first", firstDay).param("last", lastDay)
                .query(String.class).list();
    }

    @Override
    public Optional<String> complaintFigureArea(String figureId) {
        return jdbc.sql("SELECT area_code FROM eventstore.directory_complaint_figure WHERE figure_id = :id")
                .param("id", figureId).query(String.class).optional();
    }

    // ---- the grid layer

    @Override
    public List<GridOverlap> gridsOverlapping(String communityCode, String gridCode, String boundaryWkt) {
        // ST_Intersects lets the GiST index on the boundaries pick the candidates; only polygonal parts are area.
        return jdbc.sql("""
                        SELECT record_id, ST_AsText(overlap) FROM (
                            SELECT b.record_id, ST_CollectionExtract(ST_Intersection(b.boundary, s.shape), 3) AS overlap
                              FROM eventstore.directory_boundary b,
                                   (SELECT ST_GeomFromText(:wkt, 4326) AS shape) s
                             WHERE b.kind = 'GRID' AND b.community_code = :community AND b.record_id <> :grid
                               AND ST_Intersects(b.boundary, s.shape)) o
                        WHERE NOT ST_IsEmpty(overlap)
                        ORDER BY record_id""")
                .param("wkt", boundaryWkt).param("community", communityCode).param("grid", gridCode)
                .query((rs, n) -> new GridOverlap(rs.getString(1), geometry(rs.getString(2))))
                .list();
    }

    @Override
    public List<GridReach> gridReach(String boundaryWkt, List<String> gridCodes) {
        java.util.Map<String, GridReach> reach = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT b.record_id, ST_AsText(ST_CollectionExtract(ST_Intersection(b.boundary, s.shape), 3)),
                               ST_Distance(b.boundary::geography, s.shape::geography)
                          FROM eventstore.directory_boundary b,
                               (SELECT ST_GeomFromText(:wkt, 4326) AS shape) s
                         WHERE b.kind = 'GRID' AND b.record_id = ANY(:grids)""")
                .param("wkt", boundaryWkt).param("grids", gridCodes.toArray(String[]::new))
                .query((rs, n) -> new GridReach(rs.getString(1), geometry(rs.getString(2)), rs.getDouble(3)))
                .list().forEach(r -> reach.put(r.gridCode(), r));
        return gridCodes.stream().filter(reach::containsKey).map(reach::get).toList();
    }

    private static org.locationtech.jts.geom.Geometry geometry(String wkt) {
        try {
            return new org.locationtech.jts.io.WKTReader(Wgs84.FACTORY).read(wkt);
        } catch (org.locationtech.jts.io.ParseException e) {
            throw new IllegalStateException("PostGIS wrote WKT that JTS cannot read: " + wkt, e);
        }
    }
}

package org.gridatlas.query.area;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gridatlas.query.system.ReadScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the districts and the tree of a district's sub-districts and communities. */
@Repository
class AreaRepository {

    record District(String districtCode, String name, Long version) {
    }

    record Community(String communityCode, String name) {
    }

    record SubDistrict(String subDistrictCode, String name, List<Community> communities) {
    }

    /** {@code registeredOn}: the day (Beijing) the district was entered, where its history begins. */
    record DistrictTree(String districtCode, String name, Long version, LocalDate registeredOn,
                        List<SubDistrict> subDistricts) {
    }

    private record Area(String code, String level, String parentCode, String name, Long version, LocalDate registeredOn) {
    }

    private final JdbcClient jdbc;

    AreaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The districts that share ground with the scope ({@link ReadScope#overlaps}):
     * a reader scoped to a community still sees the district it lies in.
     */
    List<District> districts(ReadScope scope) {
        return jdbc.sql("""
                        SELECT a.code AS district_code, a.name, a.version FROM readmodel.area a
                        WHERE a.level = 'DISTRICT'
                          AND EXISTS (SELECT 1 FROM unnest(CAST(:prefixes AS text[])) p
                                      WHERE starts_with(a.code, p) OR starts_with(p, a.code))
                        ORDER BY a.code""")
                .param("prefixes", scope.areaPrefixes().toArray(String[]::new))
                .query(District.class).list();
    }

    /** The district with its sub-districts and their communities, read in one pass over its areas. */
    Optional<DistrictTree> district(String districtCode) {
        List<Area> areas = jdbc.sql("""
                        SELECT code, level, parent_code, name, version,
                               CAST(registered_at AT TIME ZONE 'Asia/Shanghai' AS date) AS registered_on
                        FROM readmodel.area
                        WHERE district_code = :district ORDER BY code""")
                .param("district", districtCode)
                .query(Area.class).list();
        Optional<Area> district = areas.stream().filter(a -> a.level().equals("DISTRICT")).findFirst();
        Map<String, List<Community>> communities = new LinkedHashMap<>();
        List<SubDistrict> subDistricts = new ArrayList<>();
        for (Area area : areas) {
            if (area.level().equals("SUB_DISTRICT")) {
                List<Community> own = new ArrayList<>();
                communities.put(area.code(), own);
                subDistricts.add(new SubDistrict(area.code(), area.name(), own));
            } else if (area.level().equals("COMMUNITY")) {
                communities.get(area.parentCode()).add(new Community(area.code(), area.name()));
            }
        }
        return district.map(d -> new DistrictTree(d.code(), d.name(), d.version(), d.registeredOn(), subDistricts));
    }
}

package org.gridatlas.query.area;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridatlas.query.system.NotFound;
import org.gridatlas.query.system.ReadScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping("/api/districts")
@Tag(name = "Districts, sub-districts and communities (区、街道、社区)")
class AreaQueryController {

    record District(String districtCode, String name, Long version) {
    }

    record Community(String communityCode, String name) {
    }

    record SubDistrict(String subDistrictCode, String name, List<Community> communities) {
    }

    record DistrictTree(String districtCode, String name, Long version, List<SubDistrict> subDistricts) {
    }

    private record Area(String code, String level, String parentCode, String name, Long version) {
    }

    private final JdbcClient jdbc;

    AreaQueryController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Operation(summary = "Every district the reader may see")
    @GetMapping
    List<District> districts(HttpServletRequest request) {
        ReadScope scope = ReadScope.of(request);
        return jdbc.sql("SELECT code AS district_code, name, version FROM readmodel.area WHERE level = 'DISTRICT' ORDER BY code")
                .query(District.class).list().stream().filter(d -> scope.overlaps(d.districtCode())).toList();
    }

    @Operation(summary = "A district with its sub-districts and their communities; the version is for renames")
    @GetMapping("/{districtCode}")
    DistrictTree district(@PathVariable String districtCode) {
        List<Area> areas = jdbc.sql("""
                        SELECT code, level, parent_code, name, version FROM readmodel.area
                        WHERE district_code = :district ORDER BY code""")
                .param("district", districtCode)
                .query(Area.class).list();
        Area district = areas.stream().filter(a -> a.level().equals("DISTRICT")).findFirst()
                .orElseThrow(() -> NotFound.of("district", districtCode));
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
        return new DistrictTree(district.code(), district.name(), district.version(), subDistricts);
    }
}

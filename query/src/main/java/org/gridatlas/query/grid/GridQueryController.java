package org.gridatlas.query.grid;

import java.util.List;

import org.gridatlas.geodata.geometry.BoundingBox;
import org.gridatlas.query.system.FeatureCollections;
import org.gridatlas.query.system.NotFound;
import org.gridatlas.query.system.ReadScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping("/api")
@Tag(name = "Grids and micro-grids (网格、微网格)")
class GridQueryController {

    static final int MAX_FEATURES = 10_000;

    private static final String GRID_FEATURE = """
            json_build_object('type', 'Feature', 'id', g.grid_code,
                'geometry', ST_AsGeoJSON(g.boundary, 7)::json,
                'properties', json_build_object(
                    'name', g.name,
                    'districtCode', g.district_code,
                    'subDistrictCode', g.sub_district_code,
                    'communityCode', g.community_code,
                    'workers', to_json(g.workers),
                    'microGrids', (SELECT count(*) FROM readmodel.micro_grid m WHERE m.grid_code = g.grid_code),
                    'compounds', (SELECT count(*) FROM readmodel.compound c WHERE c.grid_codes @> ARRAY[g.grid_code]),
                    'partyCovered', EXISTS (SELECT 1 FROM readmodel.party_organisation p
                                            WHERE p.dissolved_on IS NULL AND p.grid_codes @> ARRAY[g.grid_code]),
                    'version', g.version))::text
            """;

    private static final String MICRO_GRID_FEATURE = """
            json_build_object('type', 'Feature', 'id', m.micro_grid_code,
                'geometry', ST_AsGeoJSON(m.boundary, 7)::json,
                'properties', json_build_object('name', m.name, 'gridCode', m.grid_code, 'helpers', to_json(m.helpers)))::text
            """;

    private final JdbcClient jdbc;

    GridQueryController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Operation(summary = "Grids whose boundary touches the box, as GeoJSON")
    @GetMapping(path = "/grids", produces = FeatureCollections.GEO_JSON)
    String gridsInBox(@Parameter(description = "minLon,minLat,maxLon,maxLat in EPSG:4326")
                      @RequestParam(required = false) String bbox, HttpServletRequest request) {
        BoundingBox box = BoundingBox.parse(bbox, "bbox");
        ReadScope scope = ReadScope.of(request);
        return FeatureCollections.of(inBox("SELECT " + GRID_FEATURE + " FROM readmodel.grid g WHERE g.boundary && "
                + "ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)" + scope.sqlFilter("g.grid_code")
                + " ORDER BY g.grid_code LIMIT :limit", box, scope), MAX_FEATURES);
    }

    @Operation(summary = "One grid with its workers, as a GeoJSON Feature")
    @GetMapping(path = "/grids/{gridCode}", produces = FeatureCollections.GEO_JSON)
    String grid(@PathVariable String gridCode) {
        return jdbc.sql("SELECT " + GRID_FEATURE + " FROM readmodel.grid g WHERE g.grid_code = :code")
                .param("code", gridCode).query(String.class).optional()
                .orElseThrow(() -> NotFound.of("grid", gridCode));
    }

    @Operation(summary = "A grid's micro-grids with their helpers, as GeoJSON")
    @GetMapping(path = "/grids/{gridCode}/micro-grids", produces = FeatureCollections.GEO_JSON)
    String microGridsOf(@PathVariable String gridCode) {
        grid(gridCode);
        List<String> features = jdbc.sql("SELECT " + MICRO_GRID_FEATURE
                        + " FROM readmodel.micro_grid m WHERE m.grid_code = :code ORDER BY m.micro_grid_code")
                .param("code", gridCode).query(String.class).list();
        return FeatureCollections.of(features, Integer.MAX_VALUE);
    }

    @Operation(summary = "Micro-grids whose boundary touches the box, as GeoJSON")
    @GetMapping(path = "/micro-grids", produces = FeatureCollections.GEO_JSON)
    String microGridsInBox(@Parameter(description = "minLon,minLat,maxLon,maxLat in EPSG:4326")
                           @RequestParam(required = false) String bbox, HttpServletRequest request) {
        BoundingBox box = BoundingBox.parse(bbox, "bbox");
        ReadScope scope = ReadScope.of(request);
        return FeatureCollections.of(inBox("SELECT " + MICRO_GRID_FEATURE + " FROM readmodel.micro_grid m WHERE m.boundary && "
                + "ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)" + scope.sqlFilter("m.micro_grid_code")
                + " ORDER BY m.micro_grid_code LIMIT :limit", box, scope), MAX_FEATURES);
    }

    private List<String> inBox(String sql, BoundingBox box, ReadScope scope) {
        return jdbc.sql(sql)
                .param(ReadScope.SQL_PARAMETER, scope.sqlPatterns())
                .param("minLon", box.minLon()).param("minLat", box.minLat())
                .param("maxLon", box.maxLon()).param("maxLat", box.maxLat())
                .param("limit", MAX_FEATURES + 1)
                .query(String.class).list();
    }
}

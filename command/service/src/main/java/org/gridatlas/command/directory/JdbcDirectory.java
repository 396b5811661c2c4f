package org.gridatlas.command.directory;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcDirectory implements Directory {

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
    public int compoundCount(String districtCode) {
        return jdbc.sql("SELECT count(*) FROM eventstore.directory_compound WHERE district_code = :district")
                .param("district", districtCode).query(Integer.class).single();
    }

    @Override
    public List<String> unmanagedCompounds(String districtCode) {
        return jdbc.sql("""
                        SELECT compound_id FROM eventstore.directory_compound
                        WHERE district_code = :district AND unmanaged ORDER BY compound_id""")
                .param("district", districtCode).query(String.class).list();
    }

    @Override
    public boolean hasOpenCampaign(String districtCode) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM eventstore.directory_campaign
                                       WHERE district_code = :district AND open)""")
                .param("district", districtCode).query(Boolean.class).single();
    }

    private static Set<String> missing(Collection<String> asked, List<String> found) {
        Set<String> missing = new HashSet<>(asked);
        found.forEach(missing::remove);
        return missing;
    }
}

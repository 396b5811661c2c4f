package org.gridatlas.query.grid;

import java.util.ArrayList;
import java.util.List;

import org.gridatlas.geodata.geometry.BoundingBox;
import org.gridatlas.geodata.geometry.InvalidGeometryException;
import org.gridatlas.query.system.AsOf;
import org.gridatlas.query.system.ReadScope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which grids or micro-grids a layer holds: those touching a box, of a
 * district, of a community, or any of these together, always within the
 * reader's scope. Only the conditions asked for go into the SQL, so the map's
 * box query stays the one measured.
 */
record GridLayerFilter(BoundingBox box, String districtCode, String communityCode, ReadScope scope, AsOf asOf) {

    /** A layer's parameters as the endpoints take them; a layer without any of them would be every grid. */
    static GridLayerFilter layer(String bbox, String districtCode, String communityCode, ReadScope scope, AsOf asOf) {
        if (bbox == null && districtCode == null && communityCode == null) {
            throw new InvalidGeometryException("bbox", "is required, as minLon,minLat,maxLon,maxLat, "
                    + "unless districtCode or communityCode is given");
        }
        return new GridLayerFilter(bbox == null ? null : BoundingBox.parse(bbox, "bbox"), districtCode, communityCode, scope,
                asOf);
    }

    /** No box: for an extent, which without a district or community is that of every grid the reader may see. */
    static GridLayerFilter areas(String districtCode, String communityCode, ReadScope scope) {
        return new GridLayerFilter(null, districtCode, communityCode, scope, AsOf.NOW);
    }

    /**
     * The WHERE condition over the table {@code alias} whose own code column
     * is {@code codeColumn}; a grid's and a micro-grid's code both begin with
     * their community's (compared as text, so a code is never a pattern).
     */
    String where(String alias, String codeColumn) {
        String code = alias + "." + codeColumn;
        List<String> conditions = new ArrayList<>();
        if (box != null) {
            conditions.add(alias + ".boundary && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)");
        }
        if (districtCode != null) {
            conditions.add(alias + ".district_code = :district");
        }
        if (communityCode != null) {
            // the district is the code's first six digits: the district index finds the community's few rows
            conditions.add(alias + ".district_code = left(:community, 6) AND starts_with(" + code + ", :community)");
        }
        return (conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions)) + scope.sqlFilter(code);
    }

    /** The query over the tables as they were at the layer's instant. */
    String sql(String query) {
        return asOf.sql(query);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        statement = asOf.bind(statement);
        if (box != null) {
            statement = statement.param("minLon", box.minLon()).param("minLat", box.minLat())
                    .param("maxLon", box.maxLon()).param("maxLat", box.maxLat());
        }
        return statement.param("district", districtCode)
                .param("community", communityCode)
                .param(ReadScope.SQL_PARAMETER, scope.sqlPatterns());
    }
}

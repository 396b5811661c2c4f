package org.gridatlas.query.compound;

import java.util.function.Supplier;

import org.gridatlas.geodata.geometry.BoundingBox;
import org.gridatlas.query.system.AsOf;
import org.gridatlas.query.system.FeatureCollections;
import org.gridatlas.query.system.ReadScope;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The map's compound layer for {@code statistics.AsOfBench}, which cannot see the package's repository. */
public final class CompoundLayerBench {

    private CompoundLayerBench() {
    }

    /** {@code GET /api/compounds?bbox=…[&at=…]} as the controller answers it: the features joined into a collection. */
    public static Supplier<?> layer(JdbcClient jdbc, BoundingBox box, AsOf asOf) {
        CompoundGeoJson geoJson = new CompoundGeoJson(jdbc);
        return () -> FeatureCollections.of(geoJson.featuresIn(box, CompoundFilter.NONE, CompoundQueryController.MAX_FEATURES,
                ReadScope.EVERYTHING, asOf), CompoundQueryController.MAX_FEATURES);
    }
}

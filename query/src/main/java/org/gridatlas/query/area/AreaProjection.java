package org.gridatlas.query.area;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.area.AreaBoundaryDrawnEvent;
import org.gridatlas.messages.area.AreaLevel;
import org.gridatlas.messages.area.AreaRenamedEvent;
import org.gridatlas.messages.area.CommunityAddedEvent;
import org.gridatlas.messages.area.DistrictRegisteredEvent;
import org.gridatlas.messages.area.SubDistrictAddedEvent;
import org.gridatlas.query.system.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code readmodel.area}: one row per district, sub-district and
 * community; and {@code readmodel.area_boundary}, the boundaries drawn for them.
 */
@Component
@ProcessingGroup(AreaProjection.GROUP)
class AreaProjection {

    static final String GROUP = "area";

    private final JdbcClient jdbc;

    AreaProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DistrictRegisteredEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        insert(event.districtCode(), AreaLevel.DISTRICT, event.districtCode(), null, event.name(), at);
        districtVersion(event.districtCode(), version);
    }

    @EventHandler
    void on(SubDistrictAddedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        insert(event.subDistrictCode(), AreaLevel.SUB_DISTRICT, event.districtCode(), event.districtCode(), event.name(), at);
        districtVersion(event.districtCode(), version);
    }

    @EventHandler
    void on(CommunityAddedEvent event, @Timestamp Instant at, @SequenceNumber long version) {
        insert(event.communityCode(), AreaLevel.COMMUNITY, event.districtCode(), event.subDistrictCode(), event.name(), at);
        districtVersion(event.districtCode(), version);
    }

    @EventHandler
    void on(AreaRenamedEvent event, @SequenceNumber long version) {
        jdbc.sql("UPDATE readmodel.area SET name = :name WHERE code = :code")
                .param("name", event.name()).param("code", event.areaCode()).update();
        districtVersion(event.districtCode(), version);
    }

    @EventHandler
    void on(AreaBoundaryDrawnEvent event, @Timestamp Instant at, @SequenceNumber long version,
            @MetaDataValue(AuditMetadata.USER) String user, @MetaDataValue(AuditMetadata.REASON) String reason) {
        jdbc.sql("""
                        INSERT INTO readmodel.area_boundary (area_code, district_code, level, boundary, drawn_at, drawn_by, reason)
                        VALUES (:code, :district, :level, ST_Multi(ST_GeomFromText(:boundary, 4326)), :at, :user, :reason)
                        ON CONFLICT (area_code) DO UPDATE SET boundary = EXCLUDED.boundary, drawn_at = EXCLUDED.drawn_at,
                            drawn_by = EXCLUDED.drawn_by, reason = EXCLUDED.reason""")
                .param("code", event.areaCode()).param("district", event.districtCode())
                .param("level", event.level().name()).param("boundary", event.boundaryWkt())
                .param("at", Sql.utc(at)).param("user", user).param("reason", reason)
                .update();
        districtVersion(event.districtCode(), version);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE readmodel.area, readmodel.area_boundary").update();
    }

    private void insert(String code, AreaLevel level, String district, String parent, String name, Instant at) {
        jdbc.sql("""
                        INSERT INTO readmodel.area (code, level, district_code, parent_code, name, registered_at)
                        VALUES (:code, :level, :district, :parent, :name, :at)""")
                .param("code", code).param("level", level.name()).param("district", district)
                .param("parent", parent).param("name", name).param("at", Sql.utc(at))
                .update();
    }

    private void districtVersion(String districtCode, long version) {
        jdbc.sql("UPDATE readmodel.area SET version = :version WHERE code = :code")
                .param("version", version).param("code", districtCode).update();
    }
}

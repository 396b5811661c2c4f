package org.gridatlas.command.compound;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.gridatlas.command.system.Audit;
import org.gridatlas.command.system.AuditedCommands;
import org.gridatlas.geodata.geometry.PartitionValidator;
import org.gridatlas.messages.AuditMetadata;
import org.gridatlas.messages.compound.AssignCompoundToGridsCommand;
import org.gridatlas.messages.compound.CompoundBoundaryCorrectedEvent;
import org.gridatlas.messages.compound.CompoundRegisteredEvent;
import org.gridatlas.messages.grid.GridBoundaryRedrawnEvent;
import org.gridatlas.messages.grid.GridDrawnEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each compound assigned to the grids its boundary lies in, largest
 * overlap first, when a grid is drawn or redrawn or a compound's boundary is
 * registered or corrected. The system sends the assignment, with the reason
 * and in the correlation of the change it follows, so the compound's history
 * says why.
 *
 * <p>Safe to run again: it compares the directory's current boundaries and
 * assignments and sends only where they differ as sets (so an unchanged list
 * is never sent), and a replay of old events sends nothing at all (it may be
 * reset with the projections, but what it once followed was sent back then). The work of
 * one event is bounded by the compounds that lie in, or name, the one grid.
 */
@Component
@ProcessingGroup(GridAssignmentFollower.GROUP)
class GridAssignmentFollower {

    static final String GROUP = "grid-assignment";
    private static final Logger LOG = LoggerFactory.getLogger(GridAssignmentFollower.class);

    /**
     * The candidates' grids as their boundaries say, where that differs from their
     * assignment. Areas are reckoned as {@code Wgs84.approximateSquareMetres} does,
     * so the aggregate's own check agrees on what is more than a sliver.
     */
    private static final String WANTED = """
            WITH shape AS (SELECT ST_GeomFromText(CAST(:wkt AS text), 4326) AS boundary),
            -- each way in uses its own index: the ids, the GIN index on grid codes, the GiST index on boundaries
            candidate_id AS (
                SELECT unnest(CAST(:compounds AS text[])) AS compound_id
                UNION
                SELECT compound_id FROM eventstore.directory_compound WHERE grid_codes && CAST(:grids AS text[])
                UNION
                SELECT b.record_id FROM eventstore.directory_boundary b, shape s
                 WHERE b.kind = 'COMPOUND' AND b.district_code = CAST(:district AS text)
                   AND ST_Intersects(b.boundary, s.boundary)),
            candidate AS (
                SELECT c.compound_id, c.grid_codes, b.district_code, b.boundary
                  FROM candidate_id i
                  JOIN eventstore.directory_compound c ON c.compound_id = i.compound_id
                  JOIN eventstore.directory_boundary b ON b.record_id = c.compound_id AND b.kind = 'COMPOUND'),
            overlap AS (
                SELECT k.compound_id, g.record_id AS grid_code, ST_Intersection(g.boundary, k.boundary) AS part
                  FROM candidate k
                  JOIN eventstore.directory_boundary g
                    ON g.kind = 'GRID' AND g.district_code = k.district_code AND ST_Intersects(g.boundary, k.boundary)),
            wanted AS (
                SELECT compound_id, array_agg(grid_code ORDER BY square_metres DESC, grid_code) AS grid_codes
                  FROM (SELECT compound_id, grid_code,
                               ST_Area(part) * 111320 * 111320 * cos(radians(ST_Y(ST_Centroid(part)))) AS square_metres
                          FROM overlap WHERE NOT ST_IsEmpty(part)) o
                 WHERE square_metres > :tolerance
                 GROUP BY compound_id)
            SELECT w.compound_id, w.grid_codes
              FROM wanted w JOIN candidate k USING (compound_id)
             WHERE NOT (w.grid_codes @> k.grid_codes AND k.grid_codes @> w.grid_codes)
             ORDER BY w.compound_id""";

    private final JdbcClient jdbc;
    private final AuditedCommands commands;
    private final TransactionTemplate ownTransaction;

    GridAssignmentFollower(JdbcClient jdbc, AuditedCommands commands, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.commands = commands;
        // A refused assignment rolls back its own transaction, not the processor's progress.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    private record Reassignment(String compoundId, List<String> gridCodes) {
    }

    @EventHandler
    void on(GridDrawnEvent event, @MetaDataValue(AuditMetadata.CORRELATION_ID) String correlationId,
            ReplayStatus replay) {
        if (replay.isReplay()) {
            return;
        }
        follow(List.of(), List.of(event.gridCode()), event.districtCode(), event.boundaryWkt(),
                "新网格划定后自动归属 / follows the newly drawn grid " + event.gridCode(), correlationId);
    }

    @EventHandler
    void on(GridBoundaryRedrawnEvent event, @MetaDataValue(AuditMetadata.CORRELATION_ID) String correlationId,
            ReplayStatus replay) {
        if (replay.isReplay()) {
            return;
        }
        // The compounds naming the grid are those of its old boundary; the event's boundary finds the new ones.
        follow(List.of(), List.of(event.gridCode()), event.gridCode().substring(0, 6), event.boundaryWkt(),
                "网格边界调整后自动归属 / follows the redrawn boundary of grid " + event.gridCode(), correlationId);
    }

    @EventHandler
    void on(CompoundRegisteredEvent event, @MetaDataValue(AuditMetadata.CORRELATION_ID) String correlationId,
            ReplayStatus replay) {
        if (replay.isReplay()) {
            return;
        }
        follow(List.of(event.compoundId()), List.of(), null, null,
                "小区登记后按边界自动归属 / follows the boundary the compound was registered with", correlationId);
    }

    @EventHandler
    void on(CompoundBoundaryCorrectedEvent event, @MetaDataValue(AuditMetadata.CORRELATION_ID) String correlationId,
            ReplayStatus replay) {
        if (replay.isReplay()) {
            return;
        }
        follow(List.of(event.compoundId()), List.of(), null, null,
                "小区边界修正后自动归属 / follows the corrected boundary of the compound", correlationId);
    }

    private void follow(List<String> compounds, List<String> grids, String district, String wkt, String reason,
                        String correlationId) {
        List<Reassignment> due = jdbc.sql(WANTED)
                .param("wkt", wkt).param("district", district)
                .param("compounds", compounds.toArray(String[]::new)).param("grids", grids.toArray(String[]::new))
                .param("tolerance", PartitionValidator.TOLERANCE_SQUARE_METRES)
                .query((rs, n) -> new Reassignment(rs.getString(1), List.of((String[]) rs.getArray(2).getArray())))
                .list();
        Audit audit = Audit.system(reason, correlationId);
        for (Reassignment r : due) {
            try {
                ownTransaction.executeWithoutResult(tx ->
                        commands.send(new AssignCompoundToGridsCommand(r.compoundId(), r.gridCodes(), null), audit));
            } catch (RuntimeException e) {
                // Someone changed the compound meanwhile, or a rule refuses it: their change stands.
                LOG.warn("compound {} not reassigned to {}: {}", r.compoundId(), r.gridCodes(), e.getMessage());
            }
        }
    }
}

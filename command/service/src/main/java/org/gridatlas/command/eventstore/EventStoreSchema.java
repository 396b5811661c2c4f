package org.gridatlas.command.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;

import javax.sql.DataSource;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class EventStoreSchema {

    /** Kept apart from the read model, which can be dropped and replayed. */
    public static final String SCHEMA = "eventstore";
    public static final String EVENT_TABLE = SCHEMA + ".domain_event_entry";

    /** Snake-case columns, as PostgreSQL folds names anyway and as Axon's JPA layout has them. */
    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable(EVENT_TABLE)
                .snapshotTable(SCHEMA + ".snapshot_event_entry")
                .globalIndexColumn("global_index")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .eventIdentifierColumn("event_identifier")
                .metaDataColumn("meta_data")
                .payloadColumn("payload")
                .payloadRevisionColumn("payload_revision")
                .payloadTypeColumn("payload_type")
                .timestampColumn("time_stamp")
                .build();
    }

    @Bean(initMethod = "migrate")
    Flyway eventStoreFlyway(DataSource dataSource, EventSchema eventSchema) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/eventstore")
                .javaMigrations(new V1__Create_event_tables(eventSchema))
                .load();
    }

    /** Axon's domain event and snapshot tables with bytea (not oid) payloads. */
    static final class V1__Create_event_tables extends BaseJavaMigration {

        private final EventSchema eventSchema;

        V1__Create_event_tables(EventSchema eventSchema) {
            this.eventSchema = eventSchema;
        }

        @Override
        public void migrate(Context context) throws Exception {
            Connection connection = context.getConnection();
            try (PreparedStatement events = PostgresEventTableFactory.INSTANCE.createDomainEventTable(connection, eventSchema);
                 PreparedStatement snapshots = PostgresEventTableFactory.INSTANCE.createSnapshotEventTable(connection, eventSchema)) {
                events.execute();
                snapshots.execute();
            }
        }
    }
}

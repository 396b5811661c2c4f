package org.gridatlas.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.gridatlas.GridAtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Guards the two gaps between Axon 4.13 and Spring Boot 4: when they open,
 * Axon silently runs without an event store table or without transactions.
 */
@GridAtlasIntegrationTest
class AxonWiringIT {

    @Autowired
    TransactionManager transactionManager;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    @Qualifier("serializer")
    Serializer serializer;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    @Qualifier("messageSerializer")
    Serializer messageSerializer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void axonUsesSpringsTransactionManager() {
        assertThat(transactionManager).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void eventsAreStoredByTheJdbcEngine() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
    }

    @Test
    void tokensAreStoredInTheDatabase() {
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
    }

    @Test
    void everyMessageIsSerialisedAsJackson2Json() {
        assertThat(List.of(serializer, eventSerializer, messageSerializer))
                .allSatisfy(s -> assertThat(s).isInstanceOf(JacksonSerializer.class));
    }

    @Test
    void theWriteSidesDirectoryIsUpdatedInTheCommandsTransaction() {
        assertThat(processing.eventProcessor("directory")).get().isInstanceOf(SubscribingEventProcessor.class);
    }

    @Test
    void everyProjectionTracksTheEventStoreOnItsOwn() {
        assertThat(List.of("area", "grid", "compound", "party-organisation", "campaign"))
                .allSatisfy(group -> assertThat(processing.eventProcessor(group)).get()
                        .isInstanceOf(TrackingEventProcessor.class));
    }

    @Test
    void eventStoreAndReadModelLiveInSeparateSchemasWithByteaPayloads() {
        List<String> columns = jdbc.sql("""
                        SELECT table_schema || '.' || table_name || '.' || column_name || ':' || data_type
                        FROM information_schema.columns
                        WHERE (table_name IN ('domain_event_entry', 'snapshot_event_entry') AND column_name IN ('payload', 'meta_data'))
                           OR (table_name = 'token_entry' AND column_name = 'token')
                        ORDER BY 1
                        """)
                .query(String.class).list();

        assertThat(columns).containsExactly(
                "eventstore.domain_event_entry.meta_data:bytea",
                "eventstore.domain_event_entry.payload:bytea",
                "eventstore.snapshot_event_entry.meta_data:bytea",
                "eventstore.snapshot_event_entry.payload:bytea",
                "readmodel.token_entry.token:bytea");
    }
}

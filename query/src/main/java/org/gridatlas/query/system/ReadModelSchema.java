package org.gridatlas.query.system;

import java.sql.PreparedStatement;

import javax.sql.DataSource;

import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code readmodel} schema: projection tables (SQL migrations in
 * {@code db/readmodel}) and the tracking tokens that say how far each
 * projection has read. Tokens live beside the rows they describe, so one
 * transaction moves both and a dropped schema replays from the start.
 */
@Configuration(proxyBeanMethods = false)
public class ReadModelSchema {

    public static final String SCHEMA = "readmodel";

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable(SCHEMA + ".token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean(initMethod = "migrate")
    Flyway readModelFlyway(DataSource dataSource, TokenSchema tokenSchema) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/readmodel")
                .javaMigrations(new V1__Create_token_table(tokenSchema))
                .load();
    }

    /** Axon's token table, written by Axon's factory so it matches what Axon reads. */
    static final class V1__Create_token_table extends BaseJavaMigration {

        private final TokenSchema tokenSchema;

        V1__Create_token_table(TokenSchema tokenSchema) {
            this.tokenSchema = tokenSchema;
        }

        @Override
        public void migrate(Context context) throws Exception {
            try (PreparedStatement statement =
                         PostgresTokenTableFactory.INSTANCE.createTable(context.getConnection(), tokenSchema)) {
                statement.execute();
            }
        }
    }
}

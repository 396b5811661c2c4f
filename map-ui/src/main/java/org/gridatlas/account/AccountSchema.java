package org.gridatlas.account;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code account} schema and its migrations, like the event store's and the read model's. */
@Configuration(proxyBeanMethods = false)
public class AccountSchema {

    public static final String SCHEMA = "account";

    @Bean(initMethod = "migrate")
    Flyway accountFlyway(DataSource dataSource) {
        return flyway(dataSource);
    }

    /** Also used by the command line, which runs without Spring. */
    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/account")
                .load();
    }
}

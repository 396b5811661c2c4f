package org.gridatlas.app.axon;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;

/**
 * Empty on purpose: its only job is its position. Without it, Axon's
 * JdbcAutoConfiguration is evaluated before Boot 4 has made the DataSource,
 * so there is no event storage engine, and Axon's transaction configuration
 * runs before Spring's transaction manager exists and falls back to a no-op.
 * Ordering rules are transitive, so sitting between the two fixes both.
 */
@AutoConfiguration(
        after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class},
        beforeName = {
                "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
                "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration"})
public class AxonAfterDataSourceAutoConfiguration {
}

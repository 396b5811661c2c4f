/**
 * Axon on Spring Boot 4 with a JDBC event store. Axon 4.13 orders its JDBC and
 * transaction auto-configuration after Boot 3 class names that Boot 4 moved;
 * {@link org.gridatlas.app.axon.AxonAfterDataSourceAutoConfiguration} restores
 * the order. docs/architecture.md explains why Boot 4 and what guards it.
 */
package org.gridatlas.app.axon;

package org.gridatlas.command.system;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.gridatlas.messages.AuditMetadata;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Copies who, why and the correlation id from a command onto the events it
 * causes. Axon's origin provider names the direct cause "correlationId" and
 * the chain "traceId"; here they get the names most event stores use: the
 * chain is the correlation, the direct cause the causation. Declaring any
 * provider switches off Axon's default one.
 */
@Configuration(proxyBeanMethods = false)
class AuditCorrelation {

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider(AuditMetadata.CAUSATION_ID, AuditMetadata.CORRELATION_ID);
    }

    @Bean
    CorrelationDataProvider auditCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(AuditMetadata.USER, AuditMetadata.USER_NAME, AuditMetadata.REASON);
    }
}

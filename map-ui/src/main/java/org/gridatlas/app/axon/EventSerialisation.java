package org.gridatlas.app.axon;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The Jackson 2 mapper Axon serialises messages with. Axon's default writes
 * dates as number arrays; ISO strings keep the event store readable for the
 * auditors who query it directly.
 */
@Configuration(proxyBeanMethods = false)
class EventSerialisation {

    /** Named as Axon's own default so that it replaces it. */
    @Bean("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper() {
        return new ObjectMapper()
                .findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}

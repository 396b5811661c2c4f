package org.gridatlas.query.system;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dates the read model's history: before each event is handled, its
 * timestamp goes into the projection's transaction as
 * {@code gridatlas.event_at}, which the history triggers read (V12__history.sql).
 * A replay therefore rebuilds each version with the time of its event, not
 * of the replay.
 */
@Configuration(proxyBeanMethods = false)
class EventInstant implements MessageHandlerInterceptor<EventMessage<?>> {

    private final JdbcClient jdbc;

    EventInstant(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Autowired
    void register(EventProcessingConfigurer processing) {
        processing.registerDefaultHandlerInterceptor((configuration, processor) -> this);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        jdbc.sql("SELECT set_config('gridatlas.event_at', :at, true)")
                .param("at", unitOfWork.getMessage().getTimestamp().toString())
                .query(String.class).single();
        return chain.proceed();
    }
}

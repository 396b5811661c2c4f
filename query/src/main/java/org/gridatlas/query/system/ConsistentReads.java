package org.gridatlas.query.system;

import java.net.URI;
import java.time.Duration;
import java.util.OptionalLong;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.gridatlas.messages.ReadYourWrites;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A read sent with {@value ReadYourWrites#POSITION_HEADER} waits until every
 * projection has read the event store up to that position, so a client sees
 * its own change; when the projections cannot get there within
 * {@code gridatlas.consistency.max-wait} the answer is 503 with Retry-After.
 */
@Configuration(proxyBeanMethods = false)
class ConsistentReads implements WebMvcConfigurer, HandlerInterceptor {

    static final URI NOT_YET = URI.create("urn:gridatlas:problem:not-yet-consistent");
    private static final long POLL_MILLIS = 10;

    private final EventProcessingConfiguration processing;
    private final Duration maxWait;

    ConsistentReads(EventProcessingConfiguration processing,
                    @Value("${gridatlas.consistency.max-wait:5s}") Duration maxWait) {
        this.processing = processing;
        this.maxWait = maxWait;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**", "/ogc/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        String header = request.getHeader(ReadYourWrites.POSITION_HEADER);
        if (header == null || !"GET".equals(request.getMethod())) {
            return true;
        }
        long position = parse(header);
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (!allPast(position)) {
            if (System.nanoTime() > deadline) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        "the map and figures have not yet caught up with position " + position + "; try again shortly");
                problem.setType(NOT_YET);
                problem.setTitle("Not yet up to date");
                ErrorResponseException notYet = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
                notYet.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
                throw notYet;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }

    /** Whether every tracking projection has read at least to the position. */
    private boolean allPast(long position) {
        return processing.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance)
                .map(TrackingEventProcessor.class::cast)
                .allMatch(p -> !p.processingStatus().isEmpty() && p.processingStatus().values().stream().allMatch(status -> {
                    TrackingToken token = status.getTrackingToken();
                    OptionalLong at = token == null ? OptionalLong.empty() : token.position();
                    return at.isPresent() && at.getAsLong() >= position;
                }));
    }

    private static long parse(String header) {
        try {
            long position = Long.parseLong(header.strip());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw InvalidInput.of(ReadYourWrites.POSITION_HEADER, "must be the position a change was answered with, a whole number");
    }
}

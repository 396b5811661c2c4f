package org.gridatlas.app.web;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Checks what every endpoint receives outside its JSON body, before the
 * handler runs: a path variable or query parameter holding a NUL reached the
 * database and came back as a 500, a user header holding one was stored with
 * the event, and a body larger than Jackson will read was read in full before
 * being refused. Faults become problem bodies through {@link ApiProblemHandler}.
 */
@Configuration(proxyBeanMethods = false)
class RequestGate implements WebMvcConfigurer, HandlerInterceptor {

    private final long maxBodyBytes;

    /** The same limit Jackson reads a document to: a larger body is refused before it is read. */
    RequestGate(@Value("${spring.jackson.factory.constraints.read.max-document-length}") long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getContentLengthLong() > maxBodyBytes) {
            throw new RequestRefusedException(HttpStatus.CONTENT_TOO_LARGE, ApiProblemHandler.BODY,
                    "is " + request.getContentLengthLong() + " bytes, more than the " + maxBodyBytes + " accepted");
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> refuseUnlessPlain(String.valueOf(value), String.valueOf(name)));
        }
        request.getParameterMap().forEach((name, values) -> {
            refuseUnlessPlain(name, "query"); // a garbled name is no field to show
            for (String value : values) {
                refuseUnlessPlain(value, name);
            }
        });
        return true;
    }

    private static void refuseUnlessPlain(String text, String field) {
        String fault = PlainText.faultInLine(text);
        if (fault != null) {
            throw new RequestRefusedException(HttpStatus.BAD_REQUEST, field, fault);
        }
    }
}

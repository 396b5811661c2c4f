package org.gridatlas.app.web;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
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
 * being refused; a query parameter the endpoint does not take was ignored.
 * Faults become problem bodies through {@link ApiProblemHandler}.
 */
@Configuration(proxyBeanMethods = false)
class RequestGate implements WebMvcConfigurer, HandlerInterceptor {

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

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
        if (handler instanceof HandlerMethod method) {
            refuseUnknownParameters(request, method);
        }
        request.getParameterMap().forEach((name, values) -> {
            refuseUnlessPlain(name, "query"); // a garbled name is no field to show
            for (String value : values) {
                refuseUnlessPlain(value, name);
            }
        });
        return true;
    }

    /** A misspelt parameter would otherwise be ignored silently, and the answer mistaken for the one asked. */
    private static void refuseUnknownParameters(HttpServletRequest request, HandlerMethod method) {
        Set<String> known = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null) {
                continue;
            }
            if (Map.class.isAssignableFrom(parameter.getParameterType())) {
                return; // the endpoint takes any parameter
            }
            parameter.initParameterNameDiscovery(NAMES);
            known.add(!param.name().isEmpty() ? param.name() : parameter.getParameterName());
        }
        for (String name : request.getParameterMap().keySet()) {
            if (!known.contains(name)) {
                throw new RequestRefusedException(HttpStatus.BAD_REQUEST, name, known.isEmpty()
                        ? "is not a parameter: this endpoint takes none"
                        : "is not a parameter of this endpoint, which takes " + String.join(", ", known));
            }
        }
    }

    private static void refuseUnlessPlain(String text, String field) {
        String fault = PlainText.faultInLine(text);
        if (fault != null) {
            throw new RequestRefusedException(HttpStatus.BAD_REQUEST, field, fault);
        }
    }
}

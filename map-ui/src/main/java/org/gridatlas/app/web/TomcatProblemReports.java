package org.gridatlas.app.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/**
 * Some requests never reach Spring: Tomcat itself refuses a URL holding an
 * encoded NUL ({@code %00}) or other malformed input, and answers with its own
 * HTML page. This valve answers those with a problem body as well.
 */
@Configuration(proxyBeanMethods = false)
class TomcatProblemReports {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportsFromTomcat() {
        return factory -> factory.addContextCustomizers(context ->
                context.getParent().getPipeline().addValve(new ProblemReportValve()));
    }

    /** Writes Tomcat's own error responses as {@code application/problem+json}; Spring's answers pass untouched. */
    public static final class ProblemReportValve extends ErrorReportValve {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String message = response.getMessage() == null ? "the request cannot be read" : response.getMessage();
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", status == 400 ? ApiProblemHandler.INVALID_INPUT.toString() : "about:blank");
            problem.put("title", status == 400 ? "Invalid input" : "Refused");
            problem.put("status", status);
            problem.put("detail", message);
            if (status == 400) {
                // Tomcat refuses a request this early for its URL: an encoded NUL, a bad escape, a path leaving the root.
                problem.put("errors", List.of(new ApiProblemHandler.FieldError("path",
                        "must be a valid URL without control characters (" + message + ")")));
            }
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(JSON.writeValueAsString(problem));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response was committed meanwhile: nothing left to tell
            }
        }
    }
}

package org.gridatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every example in the repository's requests.http works against the running service, in order. */
@GridAtlasIntegrationTest
class RequestsHttpIT {

    /** Failsafe runs in the map-ui module; the examples live at the repository's top. */
    private static final Path EXAMPLES = Path.of("..", "requests.http");

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;

    record Example(String title, String method, String url, List<String[]> headers, String body) {
    }

    @Test
    void everyExampleIsAnsweredWithSuccess() throws IOException, InterruptedException {
        List<Example> examples = parse(Files.readString(EXAMPLES, StandardCharsets.UTF_8), "http://127.0.0.1:" + port);
        assertThat(examples).hasSizeGreaterThan(20);
        HttpClient client = HttpClient.newHttpClient();

        for (Example example : examples) {
            if (example.method().equals("GET")) {
                ReadModel.awaitUpToDate(processing, events);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(example.url()))
                    .method(example.method(), example.body().isBlank() ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(example.body()));
            example.headers().forEach(h -> request.header(h[0], h[1]));
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode() / 100).as(example.title() + " → " + response.statusCode() + " " + response.body())
                    .isEqualTo(2);
        }
    }

    /**
     * The IDE HTTP-client format: {@code @name = value} variables, then blocks
     * after ###, a request line, headers, a blank line, the body.
     * {@code Authorization: Basic user password} is encoded as the IDE does.
     */
    static List<Example> parse(String text, String host) {
        Map<String, String> variables = new HashMap<>();
        java.util.regex.Matcher variable = java.util.regex.Pattern.compile("(?m)^@(\\w+)\\s*=\\s*(.*)$").matcher(text);
        while (variable.find()) {
            variables.put(variable.group(1), variable.group(2).strip());
        }
        variables.put("host", host);
        for (Map.Entry<String, String> entry : variables.entrySet()) {
            text = text.replace("{{" + entry.getKey() + "}}", entry.getValue());
        }
        List<Example> examples = new ArrayList<>();
        for (String block : text.split("(?m)^###")) {
            List<String> lines = block.lines().toList();
            if (lines.stream().noneMatch(l -> l.matches("^(GET|POST|PUT|DELETE) .*"))) {
                continue;
            }
            String title = lines.get(0).strip();
            int i = 1;
            while (!lines.get(i).matches("^(GET|POST|PUT|DELETE) .*")) {
                i++;
            }
            String[] requestLine = lines.get(i++).split(" ", 2);
            List<String[]> headers = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).isBlank()) {
                String[] header = lines.get(i++).split(":", 2);
                String value = header[1].strip();
                String[] basic = value.split(" ");
                if (header[0].strip().equalsIgnoreCase("Authorization") && basic.length == 3 && basic[0].equals("Basic")) {
                    value = "Basic " + Base64.getEncoder().encodeToString(
                            (basic[1] + ":" + basic[2]).getBytes(StandardCharsets.UTF_8));
                }
                headers.add(new String[] {header[0].strip(), value});
            }
            // comment lines after the body introduce the next section, as in the IDE
            int end = lines.size();
            while (end > i && (lines.get(end - 1).isBlank() || lines.get(end - 1).startsWith("#"))) {
                end--;
            }
            String body = String.join("\n", lines.subList(Math.min(i, end), end)).strip();
            examples.add(new Example(title, requestLine[0], requestLine[1].strip(), headers, body));
        }
        return examples;
    }
}

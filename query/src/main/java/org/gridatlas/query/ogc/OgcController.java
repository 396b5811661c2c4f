package org.gridatlas.query.ogc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gridatlas.query.system.InvalidInput;
import org.gridatlas.query.system.NotFound;
import org.gridatlas.query.system.ReadScope;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.ObjectMapper;

/**
 * OGC API – Features under {@code /ogc}. Described by its own OpenAPI document
 * ({@code /ogc/api}, the landing page's service-desc) rather than in the
 * service's, since its parameters depend on the collection. Answers JSON
 * (GeoJSON for features) or, with {@code f=html} or a browser's Accept, a
 * plain HTML page.
 */
@Hidden
@RestController
@RequestMapping("/ogc")
class OgcController {

    static final String GEO_JSON = "application/geo+json";
    static final String JSON = "application/json";
    static final String HTML = "text/html";
    static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";
    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters");

    /**
     * What the descriptions take besides f: datetime changes nothing in them but is checked and accepted, so a
     * client opening {@code OAPIF:…/collections/compounds?datetime=…} (GDAL carries a URL's own parameters into
     * every request it sends) reads that collection as it was.
     */
    private static final List<String> METADATA = List.of("datetime");

    private final OgcFeatures features;
    private final ObjectMapper json;

    OgcController(OgcFeatures features, ObjectMapper json) {
        this.features = features;
        this.json = json;
    }

    @GetMapping({"", "/"})
    ResponseEntity<String> landing(HttpServletRequest request) {
        String format = format(request, METADATA);
        String base = base();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "GridAtlas 网格图谱");
        body.put("description", "小区、网格、微网格、街道、社区与党组织，可按 datetime 查看任一时刻 — "
                + "compounds, grids, micro-grids, sub-districts, communities and party organisations, at any instant");
        body.put("links", List.of(
                link(base + "/ogc?f=json", "self", JSON, "本页 This document"),
                link(base + "/ogc?f=html", "alternate", HTML, "网页 As HTML"),
                link(base + "/ogc/api", "service-desc", OPENAPI, "API 定义 The API definition"),
                link(base + "/ogc/conformance", "conformance", JSON, "符合的标准 Conformance"),
                link(base + "/ogc/conformance", "http://www.opengis.net/def/rel/ogc/1.0/conformance", JSON,
                        "符合的标准 Conformance"),
                link(base + "/ogc/collections", "data", JSON, "图层 Collections"),
                link(base + "/ogc/collections", "http://www.opengis.net/def/rel/ogc/1.0/data", JSON,
                        "图层 Collections")));
        return answer(format, JSON, body, () -> OgcHtml.landing(body));
    }

    @GetMapping("/conformance")
    ResponseEntity<String> conformance(HttpServletRequest request) {
        String format = format(request, METADATA);
        Map<String, Object> body = Map.of("conformsTo", CONFORMANCE);
        return answer(format, JSON, body, () -> OgcHtml.list("符合的标准 Conformance", CONFORMANCE));
    }

    @GetMapping("/api")
    ResponseEntity<String> api(HttpServletRequest request) {
        format(request, METADATA);
        try {
            String document = new ClassPathResource("ogc/openapi.json").getContentAsString(StandardCharsets.UTF_8)
                    .replace("${server}", base() + "/ogc");
            return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, OPENAPI).body(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/collections")
    ResponseEntity<String> collections(HttpServletRequest request) {
        String format = format(request, METADATA);
        String base = base();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("links", List.of(link(base + "/ogc/collections?f=json", "self", JSON, "图层 Collections"),
                link(base + "/ogc/collections?f=html", "alternate", HTML, "网页 As HTML")));
        body.put("collections", OgcCollection.ALL.stream().map(c -> collection(c, base)).toList());
        body.put("crs", OgcCrs.uris());
        return answer(format, JSON, body, () -> OgcHtml.collections(OgcCollection.ALL));
    }

    @GetMapping("/collections/{collectionId}")
    ResponseEntity<String> collection(@PathVariable String collectionId, HttpServletRequest request) {
        String format = format(request, METADATA);
        OgcCollection c = known(collectionId);
        Map<String, Object> body = collection(c, base());
        return answer(format, JSON, body, () -> OgcHtml.collections(List.of(c)));
    }

    @GetMapping("/collections/{collectionId}/queryables")
    ResponseEntity<String> queryables(@PathVariable String collectionId, HttpServletRequest request) {
        format(request, METADATA);
        OgcCollection c = known(collectionId);
        Map<String, Object> properties = new LinkedHashMap<>();
        for (OgcCollection.Queryable q : c.queryables()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("title", q.title());
            p.put("type", q.type());
            if (!q.values().isEmpty() && q.type().equals("string")) {
                p.put("enum", q.values());
            }
            if (q.pattern() != null) {
                p.put("pattern", "^(" + q.pattern().replace("\\d", "[0-9]") + ")$");
            }
            properties.put(q.name(), p);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        body.put("$id", base() + "/ogc/collections/" + c.id() + "/queryables");
        body.put("type", "object");
        body.put("title", c.title());
        body.put("properties", properties);
        body.put("additionalProperties", false);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "application/schema+json").body(write(body));
    }

    @GetMapping("/collections/{collectionId}/items")
    ResponseEntity<String> items(@PathVariable String collectionId, HttpServletRequest request) {
        OgcCollection c = known(collectionId);
        OgcItemsQuery query = OgcItemsQuery.of(c, request.getParameterMap());
        String format = format(request, null);
        OgcFeatures.Page page = features.page(query, ReadScope.of(request));
        String base = base() + "/ogc/collections/" + c.id() + "/items";
        Map<String, String> kept = query.parametersWithout(List.of("offset", "limit", "f"), request.getParameterMap());
        List<Map<String, Object>> links = new ArrayList<>();
        String type = featureType(request);
        links.add(link(pageUrl(base, kept, query.offset(), query.limit(), "json"), "self", type, "本页 This page"));
        links.add(link(pageUrl(base, kept, query.offset(), query.limit(), "html"), "alternate", HTML, "网页 As HTML"));
        boolean more = page.matched() < 0 ? false : query.offset() + page.features().size() < page.matched();
        if (more) {
            links.add(link(pageUrl(base, kept, query.offset() + query.limit(), query.limit(), "json"), "next", type,
                    "下一页 Next page"));
        }
        if (query.offset() > 0) {
            links.add(link(pageUrl(base, kept, Math.max(0, query.offset() - query.limit()), query.limit(), "json"), "prev",
                    type, "上一页 Previous page"));
        }
        links.add(link(base() + "/ogc/collections/" + c.id(), "collection", JSON, c.title()));
        String head = "{\"type\":\"FeatureCollection\",\"timeStamp\":\"" + Instant.now() + "\","
                + (page.matched() >= 0 ? "\"numberMatched\":" + page.matched() + "," : "")
                + "\"numberReturned\":" + page.features().size() + ",\"links\":" + write(links) + ",";
        String body = head + "\"features\":[" + String.join(",", page.features()) + "]}";
        if (HTML.equals(format)) {
            return html(OgcHtml.features(c, page, links, this::read));
        }
        return crs(ResponseEntity.ok(), query.crs()).header(HttpHeaders.CONTENT_TYPE, type).body(body);
    }

    @GetMapping("/collections/{collectionId}/items/{featureId}")
    ResponseEntity<String> item(@PathVariable String collectionId, @PathVariable String featureId,
                                HttpServletRequest request) {
        OgcCollection c = known(collectionId);
        String format = format(request, List.of("crs", "datetime"));
        OgcCrs crs = OgcCrs.parse(request.getParameter("crs"), "crs");
        String feature = features.feature(c, featureId, crs, OgcItemsQuery.asOf(request.getParameter("datetime")),
                        ReadScope.of(request))
                .orElseThrow(() -> NotFound.of(c.id() + " feature", featureId));
        if (HTML.equals(format)) {
            return html(OgcHtml.features(c, new OgcFeatures.Page(1, List.of(feature)), List.of(), this::read));
        }
        return crs(ResponseEntity.ok(), crs).header(HttpHeaders.CONTENT_TYPE, featureType(request)).body(feature);
    }

    private Map<String, Object> collection(OgcCollection c, String base) {
        String self = base + "/ogc/collections/" + c.id();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", c.id());
        body.put("title", c.title());
        body.put("description", c.description());
        body.put("itemType", "feature");
        body.put("crs", OgcCrs.uris());
        body.put("storageCrs", OgcCrs.CRS84.uri);
        body.put("links", List.of(
                link(self + "?f=json", "self", JSON, c.title()),
                link(self + "?f=html", "alternate", HTML, c.title()),
                link(self + "/items?f=json", "items", GEO_JSON, "要素 Features"),
                link(self + "/items?f=html", "items", HTML, "要素 Features (HTML)"),
                link(self + "/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables", "application/schema+json",
                        "可筛选属性 Queryables")));
        return body;
    }

    private static OgcCollection known(String collectionId) {
        return OgcCollection.byId(collectionId).orElseThrow(() -> NotFound.of("collection", collectionId));
    }

    /**
     * JSON or HTML: {@code f} first, else HTML only for a client that asks for it
     * (a browser). Other parameters than f and {@code allowed} are refused; null
     * allows any (checked by the caller).
     */
    private static String format(HttpServletRequest request, List<String> allowed) {
        OgcItemsQuery.asOf(request.getParameter("datetime"));
        if (allowed != null) {
            for (String name : request.getParameterMap().keySet()) {
                if (!name.equals("f") && !allowed.contains(name)) {
                    throw InvalidInput.of(name, "is not a parameter of this resource, which takes "
                            + String.join(", ", concat("f", allowed)));
                }
            }
        }
        String f = request.getParameter("f");
        if (f != null) {
            return switch (f) {
                case "json" -> JSON;
                case "html" -> HTML;
                default -> throw InvalidInput.of("f", "'" + f + "' is not one of json, html");
            };
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(HTML) ? HTML : JSON;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    /** GeoJSON's own type, unless the client asks for plain JSON and not for GeoJSON (GDAL asks for both). */
    private static String featureType(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(JSON) && !accept.contains(GEO_JSON) ? JSON : GEO_JSON;
    }

    private static ResponseEntity.BodyBuilder crs(ResponseEntity.BodyBuilder builder, OgcCrs crs) {
        return builder.header("Content-Crs", "<" + crs.uri + ">");
    }

    private ResponseEntity<String> answer(String format, String type, Object body, java.util.function.Supplier<String> page) {
        return HTML.equals(format) ? html(page.get())
                : ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, type).body(write(body));
    }

    private static ResponseEntity<String> html(String page) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").body(page);
    }

    private static String pageUrl(String base, Map<String, String> kept, int offset, int limit, String f) {
        Map<String, String> parameters = new LinkedHashMap<>(kept);
        parameters.put("offset", String.valueOf(offset));
        parameters.put("limit", String.valueOf(limit));
        parameters.put("f", f);
        return base + "?" + parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, Object> link(String href, String rel, String type, String title) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("href", href);
        link.put("rel", rel);
        link.put("type", type);
        link.put("title", title);
        return link;
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private String write(Object value) {
        return json.writeValueAsString(value);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String feature) {
        return json.readValue(feature, Map.class);
    }
}

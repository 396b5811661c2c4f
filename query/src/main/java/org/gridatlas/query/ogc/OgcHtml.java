package org.gridatlas.query.ogc;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.web.util.HtmlUtils;

/** The plain server-written pages of {@code f=html}: Chinese first, no script, every value escaped. */
final class OgcHtml {

    private OgcHtml() {
    }

    static String landing(Map<String, Object> landing) {
        StringBuilder body = new StringBuilder("<p>" + esc(landing.get("description")) + "</p><ul>");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> links = (List<Map<String, Object>>) landing.get("links");
        links.forEach(l -> body.append(linkItem(l)));
        return page("GridAtlas 网格图谱 — OGC API Features", body.append("</ul>").toString());
    }

    static String list(String title, List<String> items) {
        StringBuilder body = new StringBuilder("<ul>");
        items.forEach(i -> body.append("<li>").append(esc(i)).append("</li>"));
        return page(title, body.append("</ul>").toString());
    }

    static String collections(List<OgcCollection> collections) {
        StringBuilder body = new StringBuilder("<table><tr><th>图层 Collection</th><th>说明 Description</th><th></th></tr>");
        for (OgcCollection c : collections) {
            body.append("<tr><td><a href=\"/ogc/collections/").append(esc(c.id())).append("?f=html\">").append(esc(c.title()))
                    .append("</a></td><td>").append(esc(c.description())).append("</td><td><a href=\"/ogc/collections/")
                    .append(esc(c.id())).append("/items?f=html\">要素 Features</a></td></tr>");
        }
        return page("图层 Collections", body.append("</table>").toString());
    }

    static String features(OgcCollection c, OgcFeatures.Page page, List<Map<String, Object>> links,
                           Function<String, Map<String, Object>> read) {
        StringBuilder body = new StringBuilder("<p>共 " + page.matched() + " 个，本页 " + page.features().size()
                + " 个 — " + page.matched() + " matched, " + page.features().size() + " on this page</p><ul>");
        links.stream().filter(l -> !"self".equals(l.get("rel"))).forEach(l -> body.append(linkItem(l)));
        body.append("</ul><table><tr><th>id</th><th>属性 Properties</th></tr>");
        for (String feature : page.features()) {
            Map<String, Object> f = read.apply(feature);
            body.append("<tr><td>").append(esc(f.get("id"))).append("</td><td>").append(esc(f.get("properties")))
                    .append("</td></tr>");
        }
        return page(c.title(), body.append("</table>").toString());
    }

    private static String linkItem(Map<String, Object> link) {
        return "<li><a href=\"" + esc(link.get("href")) + "\">" + esc(link.get("title")) + "</a> (" + esc(link.get("rel"))
                + ")</li>";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>" + esc(title) + "</title></head><body><h1>"
                + esc(title) + "</h1>" + body + "</body></html>";
    }

    private static String esc(Object value) {
        return HtmlUtils.htmlEscape(String.valueOf(value));
    }
}

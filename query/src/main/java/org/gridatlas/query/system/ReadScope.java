package org.gridatlas.query.system;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The areas a reader may see, as the deployable's security layer decided them
 * for this request: administrative code prefixes, or everything. The query
 * side only applies it; who gets which scope is configured with sign-in.
 */
public record ReadScope(List<String> areaPrefixes) {

    public static final String ATTRIBUTE = ReadScope.class.getName();
    public static final ReadScope EVERYTHING = new ReadScope(List.of(""));

    public ReadScope {
        areaPrefixes = List.copyOf(areaPrefixes);
    }

    /** The scope of the request, everything when none was set (the application's own calls). */
    public static ReadScope of(HttpServletRequest request) {
        Object scope = request.getAttribute(ATTRIBUTE);
        return scope instanceof ReadScope readScope ? readScope : EVERYTHING;
    }

    /** Whether an area shares ground with the scope: it lies inside it, or contains part of it. */
    public boolean overlaps(String code) {
        return code != null && areaPrefixes.stream().anyMatch(p -> code.startsWith(p) || p.startsWith(code));
    }

    /** Whether the whole area lies inside the scope, so nothing of it is hidden from the reader. */
    public boolean covers(String code) {
        return code != null && areaPrefixes.stream().anyMatch(code::startsWith);
    }

    /** The scope's areas that lie inside this area: what a reader sees of it when the scope does not cover it. */
    public List<String> partsOf(String code) {
        return areaPrefixes.stream().filter(p -> p.startsWith(code)).toList();
    }

    /** The named parameter {@link #sqlFilter} refers to. */
    public static final String SQL_PARAMETER = "readScopePatterns";

    /**
     * A condition that keeps rows whose code column lies in the scope, to
     * append to a WHERE clause; nothing at all when the scope is everything,
     * so an unscoped query stays the one measured.
     */
    public String sqlFilter(String codeColumn) {
        return areaPrefixes.contains("") ? "" : " AND " + codeColumn + " LIKE ANY(:" + SQL_PARAMETER + ")";
    }

    /** The value of {@link #SQL_PARAMETER}: each prefix as a LIKE pattern. */
    public String[] sqlPatterns() {
        return areaPrefixes.stream().map(p -> p + "%").toArray(String[]::new);
    }
}

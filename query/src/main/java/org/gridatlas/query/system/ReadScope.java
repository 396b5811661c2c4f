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
}

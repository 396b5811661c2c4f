package org.gridatlas.app.security;

import java.util.Map;
import java.util.regex.Pattern;

import org.gridatlas.command.access.AccessRefused;
import org.gridatlas.command.access.Actor;
import org.gridatlas.command.access.Grant;
import org.gridatlas.command.access.Role;
import org.gridatlas.query.system.ReadScope;
import org.gridatlas.query.system.RecordAreas;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in person may read, by {@code gridatlas.security.read-scope}:
 * {@code granted} (the default) limits reads to the areas of their grants, so
 * a sub-district's staff see their own district's list and figures and are
 * refused another district's; leaders read everything. {@code everything}
 * lets every signed-in person read every district. Reads that name an area
 * (a district, area, grid or micro-grid code in the path, a {@code districtCode},
 * {@code areaCode} or {@code communityCode} parameter, a coded record's
 * history) or a record by its own id (a compound, organisation, campaign,
 * body, cross appointment, problem, meeting or complaint figure, where it
 * lies) are refused outside the scope; the list of districts shows only those
 * in scope.
 */
@Configuration(proxyBeanMethods = false)
class ReadScopes implements WebMvcConfigurer {

    private static final Pattern AREA_CODE = Pattern.compile("\\d{6,17}");
    private static final String[] CODED_VARIABLES = {"districtCode", "areaCode", "gridCode", "microGridCode", "recordId"};
    /** Query parameters that name an area: a district's figures or layer, one of its areas, a community's grids. */
    private static final String[] CODED_PARAMETERS = {"districtCode", "areaCode", "communityCode"};
    /** Records named by an id of their own, which say nothing of where they lie. */
    private static final String[] RECORD_VARIABLES = {"compoundId", "organisationId", "campaignId", "recordId",
            "problemId", "meetingId", "figureId",
            "bodyId", "appointmentId"};

    private final boolean granted;
    private final RecordAreas records;

    ReadScopes(@Value("${gridatlas.security.read-scope:granted}") String readScope, RecordAreas records) {
        this.records = records;
        if (!readScope.equals("granted") && !readScope.equals("everything")) {
            throw new IllegalStateException("gridatlas.security.read-scope is 'granted' or 'everything', not '" + readScope + "'");
        }
        this.granted = readScope.equals("granted");
    }

    ReadScope scopeOf(Actor actor) {
        if (!granted || actor.internal() || actor.grants().stream().anyMatch(g -> g.role() == Role.LEADER)) {
            return ReadScope.EVERYTHING;
        }
        return new ReadScope(actor.grants().stream().map(Grant::area).distinct().toList());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                Actor actor = (Actor) request.getAttribute(Actor.ATTRIBUTE);
                if (actor == null || !"GET".equals(request.getMethod())) {
                    return true;
                }
                ReadScope scope = scopeOf(actor);
                request.setAttribute(ReadScope.ATTRIBUTE, scope);
                @SuppressWarnings("unchecked")
                Map<String, String> variables = (Map<String, String>) request.getAttribute(
                        HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
                for (String name : CODED_VARIABLES) {
                    refuseOutside(scope, variables == null ? null : variables.get(name));
                }
                for (String name : RECORD_VARIABLES) {
                    String id = variables == null ? null : variables.get(name);
                    if (id != null && !scope.equals(ReadScope.EVERYTHING) && !AREA_CODE.matcher(id).matches()) {
                        records.areaOf(id).ifPresent(area -> refuseOutside(scope, area));
                    }
                }
                for (String name : CODED_PARAMETERS) {
                    refuseOutside(scope, request.getParameter(name));
                }
                return true;
            }
        }).addPathPatterns("/api/**", "/ogc/**");
    }

    private static void refuseOutside(ReadScope scope, String code) {
        if (code != null && AREA_CODE.matcher(code).matches() && !scope.overlaps(code)) {
            throw new AccessRefused("area " + code + " lies outside the areas you may read " + scope.areaPrefixes());
        }
    }
}

package org.gridatlas.app.apidoc;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/**
 * What the API is, for whoever reads {@code /v3/api-docs} or the Swagger UI;
 * springdoc adds the paths it finds. The version is the one Maven built
 * (spring-boot-maven-plugin's build-info), so a client can tell which release
 * it talks to.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String TITLE = "GridAtlas 网格图谱 API";
    /** Run from classes no Maven build has packaged (an IDE without build-info): say so rather than guess. */
    static final String UNBUILT = "unbuilt";

    private static final String DESCRIPTION = """
            A district's residential compounds, grids and micro-grids, party organisations and the campaign to leave \
            no compound without property management (无物业小区清零). Changes are commands (POST/PUT with a reason), \
            each stored as an event that names who made it and when; reads come from projections of those events into \
            PostGIS, as GeoJSON for the map and as figures for statistics. Every read is limited to the areas the \
            reader's grants cover. Sign in on /login.html (session cookie, with the XSRF-TOKEN cookie sent back as \
            X-XSRF-TOKEN on changes), with HTTP Basic, or with the office's OIDC bearer token. Bad input is answered \
            4xx with an RFC 9457 problem body naming the field and the rule; unknown query parameters are refused.""";

    @Bean
    OpenAPI gridAtlasOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null ? UNBUILT : properties.getVersion();
        return new OpenAPI().info(new Info().title(TITLE).description(DESCRIPTION).version(version));
    }
}

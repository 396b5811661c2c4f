package org.gridatlas.app.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two ways in. API clients send credentials with every request (HTTP Basic,
 * or a bearer JWT when an issuer is configured) and get no session, so CSRF
 * cannot apply to them. Browsers sign in on {@code /login.html} and keep a
 * session whose state-changing requests must carry the CSRF token.
 * Authorisation by role and area happens on the endpoint and the command
 * ({@link org.gridatlas.command.access}); here every request under /api needs
 * somebody signed in, and the operators' pages need an administrator.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Pages and files anybody may load: the sign-in page needs its script modules, style and fonts. */
    private static final String[] PUBLIC = {"/login.html", "/js/login-page.js", "/js/api.js", "/js/i18n.js", "/js/colours.js",
            "/css/**", "/webjars/**", "/actuator/health", "/error"};
    /** For administrators only: the API description and the operators' endpoints. */
    private static final String[] OPERATORS = {"/swagger-ui.html", "/swagger-ui/**", "/v3/**", "/actuator/**",
            "/admin.html", "/js/admin-page.js"};

    private static final RequestMatcher SENDS_CREDENTIALS = request -> request.getHeader("Authorization") != null;

    @Bean
    @Order(1)
    SecurityFilterChain apiClients(HttpSecurity http, SecurityProblems problems, ObjectProvider<JwtDecoder> jwt,
                                   TokenGrants tokenGrants, @Value("${gridatlas.map.tile-url:}") String tiles)
            throws Exception {
        http.securityMatcher(SENDS_CREDENTIALS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPERATORS).hasRole("ADMINISTRATOR")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        if (jwt.getIfAvailable() != null) {
            http.oauth2ResourceServer(oauth -> oauth
                    .jwt(token -> token.jwtAuthenticationConverter(tokenGrants))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems));
        }
        headers(http, tiles);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browsers(HttpSecurity http, SecurityProblems problems,
                                 @Value("${gridatlas.map.tile-url:}") String tiles) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(OPERATORS).hasRole("ADMINISTRATOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login.html")
                        .loginProcessingUrl("/login")
                        .successHandler(problems::signedIn)
                        .failureHandler(problems)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .csrf(csrf -> csrf.spa())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        headers(http, tiles);
        return http.build();
    }

    /**
     * No inline script or style anywhere, no framing, no sniffing, no referrer
     * beyond the origin. Tiles may come from the office's tile server.
     */
    private static void headers(HttpSecurity http, String tileUrl) throws Exception {
        String images = ("'self' data: " + origin(tileUrl)).strip();
        String policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + images
                + "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors 'none'";
        // Swagger UI, for administrators only, sets inline styles of its own.
        RequestMatcher swagger = request -> request.getRequestURI().startsWith("/swagger-ui");
        http.headers(headers -> headers
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swagger),
                        new ContentSecurityPolicyHeaderWriter(policy)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swagger,
                        new ContentSecurityPolicyHeaderWriter(policy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"))))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    }

    /** The origin of a tile URL template, with a subdomain placeholder such as {s} as a wildcard. */
    static String origin(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return "";
        }
        java.util.regex.Matcher origin = java.util.regex.Pattern.compile("^(https?://[^/]+)").matcher(tileUrl.strip());
        return origin.find() ? origin.group(1).replaceAll("\\{[^}]*}", "*") : "";
    }
}

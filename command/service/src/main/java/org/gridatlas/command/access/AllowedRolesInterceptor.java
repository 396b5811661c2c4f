package org.gridatlas.command.access;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Enforces {@link Allowed} before Spring reads the request body, and leaves
 * the admitted roles on the request for the command's area check.
 */
public class AllowedRolesInterceptor implements HandlerInterceptor {

    /** Request attribute: the {@code Set<Role>} the endpoint admitted the actor for. */
    public static final String ADMITTED_ROLES = AllowedRolesInterceptor.class.getName() + ".roles";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Allowed allowed = method.getMethodAnnotation(Allowed.class);
        Actor actor = (Actor) request.getAttribute(Actor.ATTRIBUTE);
        if (allowed == null) {
            if (isRead(request)) {
                return true;
            }
            throw new AccessRefused("this endpoint admits nobody");
        }
        Set<Role> roles = EnumSet.of(allowed.value()[0], allowed.value());
        if (actor == null || !actor.holdsAny(roles)) {
            throw new AccessRefused("this needs the role " + roles.stream().map(Role::name)
                    .collect(Collectors.joining(" or ")));
        }
        request.setAttribute(ADMITTED_ROLES, roles);
        return true;
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration implements WebMvcConfigurer {

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new AllowedRolesInterceptor()).addPathPatterns("/api/**");
        }
    }
}

package org.dudao.security;

import java.util.Arrays;
import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. The REST APIs ({@code /api}, {@code /engine-rest}) take HTTP Basic against
 * Camunda's identity service and keep no session; the Camunda webapps log users in themselves
 * (with their own CSRF protection and Content-Security-Policy); the landing page, health probe and
 * API docs are public. Every chain writes Spring Security's headers (nosniff, frame options, no
 * caching of answers, HSTS on https requests — also behind a TLS proxy, see
 * {@code server.forward-headers-strategy}).
 */
@Configuration
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
            "/", "/index.html", "/favicon.ico", "/css/**", "/img/**", "/error",
            "/actuator/health", "/actuator/health/**",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    /** Dudao's own pages load only their own files; nothing may frame them. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** API answers are data (and the outbox page); they run no script at all. */
    static final String API_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain restApis(HttpSecurity http, CamundaIdentityAuthenticationProvider provider) throws Exception {
        return http
                .securityMatcher(paths("/api/**", "/engine-rest/**"))
                .authenticationProvider(provider)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Dudao"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless Basic authentication: no cookie is ever accepted here, so there is no CSRF vector
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webapps(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(paths("/camunda/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // the webapps carry Camunda's own CSRF filter and session login
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths(PUBLIC_PATHS)).permitAll()
                        .anyRequest().denyAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY)))
                .build();
    }

    /** Plain path matchers: /engine-rest and /camunda are served by servlets other than Spring MVC's. */
    static RequestMatcher paths(String... patterns) {
        PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(Arrays.stream(patterns).<RequestMatcher>map(builder::matcher).toList());
    }

    /** Hands the user Spring Security authenticated to the engine, with the user's Camunda groups. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName()));
        return registration;
    }
}

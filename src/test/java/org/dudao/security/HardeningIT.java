package org.dudao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.dudao.DudaoIntegrationTest;
import org.dudao.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Headers, sessions and CSRF: the browser-facing hardening, checked from the outside. */
@DudaoIntegrationTest
class HardeningIT {

    @LocalServerPort int port;
    @Autowired ServerProperties server;

    @Test
    void pagesAndApiCarryARealContentSecurityPolicyAndNoSniffing() {
        Http http = new Http(port);
        HttpResponse<String> landing = http.get("/");
        assertThat(landing.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfiguration.PAGE_POLICY);
        assertThat(landing.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(landing.headers().firstValue("X-Frame-Options")).hasValue("DENY");

        HttpResponse<String> api = http.getAs("office1", "/api/units?size=1");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfiguration.API_POLICY);
        assertThat(api.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));

        HttpResponse<String> tasklist = http.get("/camunda/app/tasklist/default/");
        assertThat(tasklist.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void hstsIsSentOnlyOverHttpsIncludingBehindATlsProxy() {
        Http http = new Http(port);
        assertThat(http.get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
        HttpResponse<String> proxied = http.get("/", "X-Forwarded-Proto", "https");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        assertThat(http.get("/camunda/app/tasklist/default/", "X-Forwarded-Proto", "https").headers()
                .firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void webappSessionsNeedTheCsrfTokenAndNeverAuthenticateTheRestApis() {
        Http http = new Http(port);
        HttpResponse<String> withoutToken = login(http, null);
        assertThat(withoutToken.statusCode()).isEqualTo(403);

        String token = http.get("/camunda/app/tasklist/default/").headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        HttpResponse<String> loggedIn = login(http, token);
        assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(200);
        assertThat(loggedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));

        // the logged-in session reads through the webapp API, but a state change without the token is refused
        assertThat(http.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
        HttpResponse<String> forged = http.send(http.request("/camunda/api/engine/engine/default/filter/create")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"resourceType\":\"Task\",\"name\":\"x\",\"query\":{}}"))
                .build());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");

        // the session cookie is no credential for the REST APIs
        assertThat(http.get("/engine-rest/task/count").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/units").statusCode()).isEqualTo(401);
    }

    @Test
    void idleWebappSessionsEndAfterThirtyMinutes() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
    }

    private static HttpResponse<String> login(Http http, String csrfToken) {
        HttpRequest.Builder request = http.request("/camunda/api/admin/auth/user/default/login/tasklist")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=office1&password=demo"));
        if (csrfToken != null) {
            request.header("X-XSRF-TOKEN", csrfToken);
        }
        return http.send(request.build());
    }
}

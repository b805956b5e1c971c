package org.dudao.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stand-in for the city/provincial platform in the demo: closed cases' upward reports
 * ({@code dudao.upward-report.url} defaults here) are accepted with 202 and the last ones can be read back.
 * Production points the URL at the real platform; the demo profile alone serves this endpoint.
 */
@RestController
@RequestMapping("/demo/upward-platform/reports")
@ConditionalOnProperty(name = "dudao.demo.enabled", havingValue = "true")
class DemoUpwardPlatform {

    static final int KEPT = 50;
    private static final Logger log = LoggerFactory.getLogger(DemoUpwardPlatform.class);

    private final Deque<Map<String, Object>> received = new ConcurrentLinkedDeque<>();

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> receive(@RequestBody JsonNode report,
                                                @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("receivedAt", Instant.now().toString());
        entry.put("idempotencyKey", key);
        entry.put("report", report);
        received.addFirst(entry);
        while (received.size() > KEPT) {
            received.pollLast();
        }
        log.info("Demo platform received the upward report of case {} ({})", report.path("caseId").asText(), key);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("accepted", true, "idempotencyKey", String.valueOf(key)));
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return new ArrayList<>(received);
    }

    /** The platform is called by the engine without a login, like an external system's public intake. */
    @Bean
    @Order(0)
    SecurityFilterChain demoUpwardPlatformSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/demo/upward-platform/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // an API for machines: no browser session, no CSRF token
                .csrf(csrf -> csrf.disable())
                .build();
    }
}

package org.dudao.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each Camunda webapp's {@code scripts/config.js} (language, date format, Dudao's name and the
 * county's), served from {@code webapp-config/<app>.js} with the configured county filled in —
 * so one build serves any county.
 */
@RestController
class WebappBranding {

    private static final MediaType JAVASCRIPT = MediaType.parseMediaType("application/javascript;charset=UTF-8");

    private final String county;
    private final Map<String, String> configs = new ConcurrentHashMap<>();

    WebappBranding(@Value("${dudao.county}") String county) {
        this.county = county;
    }

    @GetMapping("/camunda/app/{app:tasklist|cockpit|admin|welcome}/scripts/config.js")
    ResponseEntity<String> config(@PathVariable String app) {
        String script = configs.computeIfAbsent(app, this::render);
        return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(script);
    }

    private String render(String app) {
        try (InputStream in = new ClassPathResource("webapp-config/" + app + ".js").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{county}}", county);
        } catch (IOException e) {
            throw new UncheckedIOException("no webapp config for " + app, e);
        }
    }
}

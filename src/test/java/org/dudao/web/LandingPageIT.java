package org.dudao.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.dudao.DudaoIntegrationTest;
import org.dudao.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a browser and a load balancer see without logging in. */
@DudaoIntegrationTest
class LandingPageIT {

    @LocalServerPort int port;

    @Test
    void landingPageSpeaksChineseToAChineseBrowser() {
        var page = new Http(port).get("/", "Accept-Language", "zh-CN,zh;q=0.9");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("教育督导管理系统")
                .contains("督办通知 → 约谈 → 通报 → 问责")
                .contains("href=\"/camunda/app/tasklist/\"")
                .contains("href=\"/camunda/app/cockpit/\"")
                .contains("href=\"/camunda/app/admin/\"")
                .contains("href=\"/swagger-ui.html\"");
    }

    @Test
    void landingPageSpeaksEnglishOtherwise() {
        var page = new Http(port).get("/", "Accept-Language", "de-DE,de;q=0.9");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("education supervision").doesNotContain("教育督导管理系统");
    }

    @Test
    void healthAnswersWithoutLogin() {
        var health = new Http(port).get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void webappsAnswerAndAskForALogin() {
        var tasklist = new Http(port).get("/camunda/app/tasklist/");
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.uri().getPath()).isEqualTo("/camunda/app/tasklist/default/");
        var cockpit = new Http(port).get("/camunda/app/cockpit/");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        // the webapps' own API refuses anonymous callers
        var anonymous = new Http(port).get("/camunda/api/engine/engine/default/task/count");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void tasklistShipsAChineseTranslation() {
        Http http = new Http(port);
        var config = http.get("/camunda/app/tasklist/scripts/config.js");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("'zh'", "武胜县教育督导委员会办公室", "due-date-first");
        var zh = http.get("/camunda/app/tasklist/locales/zh.json");
        assertThat(zh.statusCode()).isEqualTo(200);
        assertThat(zh.body()).contains("认领");
    }

    @Test
    void apiDocsArePublished() {
        var docs = new Http(port).get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"");
    }
}

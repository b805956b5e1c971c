package org.dudao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every endpoint that creates or records something answers an empty body {@code {}} with 400 and
 * bilingual field errors, and malformed JSON with 400 — never 5xx.
 */
@DudaoIntegrationTest
class EmptyBodyIT {

    @LocalServerPort int port;

    /** POST/PUT path (with existing ids filled in) → a field the empty body must be blamed for. */
    @Test
    void everyCreateEndpointRefusesAnEmptyBodyWithFieldErrors() {
        Api api = new Api(port);
        long township = api.post("/api/units", Map.of("code", Api.uniqueCode("TS"), "name", Api.uniqueCode("空体镇"),
                "kind", "TOWNSHIP")).expect(201).id();
        long inspector = api.post("/api/inspectors", Map.of("name", "空体督学", "employment", "FULL_TIME", "duty", "SCHOOL"))
                .expect(201).id();
        long caseId = api.post("/api/cases", Map.of("kind", "GOVERNMENT", "mode", "ROUTINE", "title", "空体案件",
                "scheduledOn", "2026-04-01", "leadUnitId", township, "leadInspectorId", inspector)).expect(201).id();
        api.post("/api/cases/" + caseId + "/inspection", "").expect(200);
        long finding = api.post("/api/cases/" + caseId + "/findings", Map.of("findings", List.of(Map.of(
                "category", "DROPOUT_CONTROL", "severity", "MINOR", "description", "控辍保学台账不全")))).expect(201)
                .get("ids").get(0).asLong();
        long rectification = 1;
        Map<String, String> posts = Map.ofEntries(
                Map.entry("/api/units", "code"),
                Map.entry("/api/units/" + township + "/contacts", "name"),
                Map.entry("/api/inspectors", "name"),
                Map.entry("/api/inspectors/" + inspector + "/terms", "startDate"),
                Map.entry("/api/inspectors/" + inspector + "/trainings", "heldOn"),
                Map.entry("/api/inspectors/" + inspector + "/evaluations", "period"),
                Map.entry("/api/inspectors/" + inspector + "/dismissal", "dismissedOn"),
                Map.entry("/api/cases", "title"),
                Map.entry("/api/cases/" + caseId + "/findings", "findings"),
                Map.entry("/api/cases/" + caseId + "/feedback", "form"),
                Map.entry("/api/cases/" + caseId + "/commendation", "text"),
                Map.entry("/api/cases/" + caseId + "/review", "outcome"),
                Map.entry("/api/cases/" + caseId + "/rung", "rung"),
                Map.entry("/api/findings/" + finding + "/rectification", "requirement"),
                Map.entry("/api/rectifications/" + rectification + "/plan", "text"),
                Map.entry("/api/rectifications/" + rectification + "/report", "text"),
                Map.entry("/api/rectifications/" + rectification + "/verification", "accepted"),
                Map.entry("/api/rectifications/" + rectification + "/extension", "newDue"),
                Map.entry("/api/cases/" + caseId + "/urging-notices", "text"),
                Map.entry("/api/cases/" + caseId + "/interviews", "unitId"),
                Map.entry("/api/cases/" + caseId + "/circulars", "recipients"),
                Map.entry("/api/cases/" + caseId + "/accountabilities", "measure"),
                Map.entry("/api/accountabilities/1/decision", "approved"));
        posts.forEach((path, field) -> {
            var answer = api.post(path, "{}");
            assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(400);
            answer.fieldError(field);
            assertThat(api.post(path, "{\"broken\": ").status()).as(path).isEqualTo(400);
        });
        Map<String, String> puts = Map.of(
                "/api/units/" + township, "name",
                "/api/inspectors/" + inspector, "employment",
                "/api/cases/" + caseId, "leadUnitId",
                "/api/cases/" + caseId + "/plan", "leadInspectorId",
                "/api/cases/" + caseId + "/team", "leadInspectorId",
                "/api/cases/" + caseId + "/report", "text",
                "/api/cases/" + caseId + "/process-instance", "processInstanceId",
                "/api/findings/" + finding, "category",
                "/api/interviews/1/record", "record",
                "/api/circulars/1", "text");
        puts.forEach((path, field) -> {
            var answer = api.put(path, "{}");
            assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(400);
            answer.fieldError(field);
        });
        assertThat(api.put("/api/units/" + township + "/liaison", "{}").status()).isEqualTo(400);
        assertThat(api.put("/api/schools/" + township + "/responsible-inspector", "{}").status()).isEqualTo(400);
        assertThat(api.put("/api/rectifications/1", "{}").status()).isEqualTo(400);
        // uploads without their file, or not as multipart at all
        for (String upload : List.of("/api/units/import", "/api/inspectors/import", "/api/findings/" + finding + "/evidence")) {
            var noFile = api.upload(upload, "other", "x.xlsx", "application/octet-stream", new byte[] {1});
            assertThat(noFile.status()).as(upload + " " + noFile.body()).isEqualTo(400);
            noFile.fieldError("file");
            var empty = api.upload(upload, "file", "x.xlsx", "application/octet-stream", new byte[0]);
            assertThat(empty.status()).as(upload).isEqualTo(400);
            assertThat(api.post(upload, "{}").status()).as(upload).isEqualTo(415);
        }
    }

    @Test
    void withoutCredentialsTheApiAnswers401() {
        assertThat(new Http(port).get("/api/units").statusCode()).isEqualTo(401);
        assertThat(new Api(port, "nobody").get("/api/units").status()).isEqualTo(401);
    }

    @Test
    void theApiIsDocumentedInChineseAndEnglish() {
        var docs = new Http(port).get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/cases/{id}/audit", "/api/coverage", "/api/units/import",
                "督导案件 Cases", "新建单位 / Create a unit");
    }
}

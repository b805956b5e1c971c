package org.dudao.integration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dudao.escalation.EscalationService;
import org.dudao.escalation.EscalationService.Ladder;
import org.dudao.rectification.RectificationService;
import org.dudao.rectification.RectificationService.RectificationView;
import org.dudao.supervision.FindingCodes;
import org.dudao.supervision.SupervisionCaseService;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.supervision.SupervisionCaseService.FindingView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The closed case's result for the city/provincial platform (§2, §19), sent by {@code Task_ReportUpward}
 * through Camunda Connect's http-connector to {@code dudao.upward-report.url}. {@link #confirm} throws unless
 * the platform answered 2xx: the job then retries (R5/PT5M) and ends as an incident in Cockpit, where staff
 * retry it. Nothing is lost meanwhile — the case keeps its result and the payload is built from it again.
 */
@Component("upwardReport")
public class UpwardReport {

    private static final Logger log = LoggerFactory.getLogger(UpwardReport.class);

    private final SupervisionCaseService cases;
    private final RectificationService rectifications;
    private final EscalationService escalation;
    private final ObjectMapper json;
    private final String url;
    private final String sender;
    private final String county;
    private final String caseLink;

    UpwardReport(SupervisionCaseService cases, RectificationService rectifications, EscalationService escalation,
                 ObjectMapper json, @Value("${dudao.upward-report.url}") String url,
                 @Value("${dudao.upward-report.sender:dudao}") String sender, @Value("${dudao.county}") String county,
                 @Value("${dudao.base-url:http://localhost:8080}") String baseUrl) {
        this.cases = cases;
        this.rectifications = rectifications;
        this.escalation = escalation;
        this.json = json;
        this.url = url;
        this.sender = sender;
        this.county = county;
        this.caseLink = baseUrl.replaceAll("/+$", "") + "/api/cases/";
    }

    public String url() {
        return url;
    }

    /** The same on every retry, so the platform can drop duplicates: {@code dudao-<sender>-case-<id>}. */
    public String idempotencyKey(long caseId) {
        return "dudao-" + sender + "-case-" + caseId;
    }

    /** The case result as JSON: county, case, units, dates, findings with their rectification, ladder rungs. */
    public String payload(long caseId) {
        CaseView c = cases.get(caseId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sender", sender);
        body.put("county", county);
        body.put("caseId", c.id());
        body.put("title", c.title());
        body.put("kind", c.kind().name());
        body.put("kindLabel", c.kindLabel());
        body.put("mode", c.mode().name());
        body.put("modeLabel", c.modeLabel());
        body.put("status", c.status().name());
        body.put("majorMatter", c.majorMatter());
        body.put("units", c.targets().stream().map(t -> Map.of("code", t.code(), "name", t.name(), "kind", t.kind().name(),
                "lead", t.lead())).toList());
        Map<String, Object> dates = new LinkedHashMap<>();
        dates.put("scheduledOn", String.valueOf(c.scheduledOn()));
        dates.put("notifiedAt", text(c.notifiedAt()));
        dates.put("inspectionStartedAt", text(c.inspectionStartedAt()));
        dates.put("reportPublishedAt", text(c.report().publishedAt()));
        dates.put("feedbackOn", c.feedback() == null ? null : c.feedback().on().toString());
        dates.put("reviewedOn", c.reviewedOn() == null ? null : c.reviewedOn().toString());
        dates.put("closedAt", text(c.closedAt()));
        body.put("dates", dates);
        List<Map<String, Object>> findings = new ArrayList<>();
        List<RectificationView> rectified = rectifications.forCase(caseId);
        for (FindingView f : cases.findings(caseId)) {
            Map<String, Object> finding = new LinkedHashMap<>();
            finding.put("itemNo", f.itemNo());
            finding.put("category", f.category().name());
            finding.put("categoryLabel", f.categoryLabel());
            finding.put("severity", FindingCodes.severityCode(f.severity()));
            finding.put("description", f.description());
            finding.put("status", f.status().name());
            rectified.stream().filter(r -> r.findingId().equals(f.id())).findFirst().ifPresent(r -> finding.put("rectification",
                    Map.of("stage", r.stage().name(), "rejections", r.rejectionCount(), "urgings", r.urgingCount(),
                            "overdue", r.overdueCount(), "reopened", r.reopenCount())));
            findings.add(finding);
        }
        body.put("findings", findings);
        Ladder ladder = escalation.ladder(caseId);
        body.put("ladder", Map.of("highestRung", c.rung().name(), "urgingNotices", ladder.urgingNotices().size(),
                "interviews", ladder.interviews().size(), "circulars", ladder.circulars().size(),
                "accountabilities", ladder.accountabilities().size()));
        body.put("commendation", c.commendation());
        body.put("reportUrl", c.report().publishedAt() == null ? null : caseLink + caseId);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the upward report of case " + caseId, e);
        }
    }

    /**
     * The connector's answer: on 2xx the case records that it was reported and the status is returned;
     * anything else throws, so the job fails, retries and finally shows as an incident.
     */
    public Integer confirm(long caseId, Integer statusCode, String response) {
        int status = statusCode == null ? 0 : statusCode;
        if (status < 200 || status > 299) {
            String excerpt = response == null ? "" : response.length() > 200 ? response.substring(0, 200) + "…" : response;
            throw new UpwardReportRejected("上级平台未接收案件 " + caseId + " 的督导结果：HTTP " + status + " " + excerpt
                    + " / the platform did not accept the result of case " + caseId + ": HTTP " + status);
        }
        if (cases.get(caseId).reportedUpwardAt() == null) {
            cases.recordUpwardReport(caseId, status);
        }
        log.info("Case {} reported upward to {}: HTTP {}", caseId, url, status);
        return status;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The platform answered, but not with 2xx: a technical failure, left to the job's retries and incident. */
    public static class UpwardReportRejected extends RuntimeException {
        UpwardReportRejected(String message) {
            super(message);
        }
    }
}

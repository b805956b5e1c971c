package org.dudao.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The beans Dudao's models call, as the bare engine has them: fixed answers, no queries, no domain writes.
 * The models run unchanged, so the bare engine does exactly the engine's share of Dudao's work.
 */
final class BareBeans {

    private BareBeans() {
    }

    /** Every bean name the models resolve, mapped to its stand-in. */
    static Map<Object, Object> all(String upwardUrl) {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("caseFacts", new CaseFacts());
        beans.put("caseForms", new CaseForms());
        beans.put("caseDeadlines", new CaseDeadlines());
        beans.put("upwardReport", new UpwardReport(upwardUrl));
        beans.put("rectificationFacts", new RectificationFacts());
        beans.put("rectificationForms", new RectificationForms());
        NoOp noOp = new NoOp();
        for (String name : List.of("registerCaseDelegate", "sendSupervisionNoticeDelegate", "commendUnitDelegate",
                "publishReportDelegate", "inviteDisciplineDelegate", "sendFeedbackNoticeDelegate", "closeCaseDelegate",
                "openRectificationDelegate", "sendReminderDelegate", "recordEscalationTriggerDelegate",
                "setNewDeadlineDelegate", "closeRectificationDelegate", "openInterviewDelegate",
                "sendInterviewNoticeDelegate", "fileInterviewRecordDelegate", "openCircularDelegate",
                "issueCircularDelegate", "openAccountabilityDelegate", "issueAccountabilityDecisionDelegate",
                "referCaseDelegate", "draftPlanListener", "approvePlanListener", "inspectOnSiteListener",
                "draftReportListener", "approveReportListener", "holdFeedbackListener", "lookBackReviewListener",
                "submitRectificationPlanListener", "submitRectificationReportListener", "verifyRectificationListener",
                "approveInterviewListener", "recordInterviewListener", "draftCircularListener",
                "approveCircularListener", "proposeAccountabilityListener", "decideAccountabilityListener")) {
            beans.put(name, noOp);
        }
        beans.put("issueUrgingNoticeDelegate", new OutboxRow());
        return beans;
    }

    static Date inDays(int days) {
        return Date.from(Instant.now().plus(Duration.ofDays(days)));
    }

    /** Delegates and listeners that do nothing. */
    public static final class NoOp implements JavaDelegate, TaskListener {
        @Override
        public void execute(DelegateExecution execution) {
        }

        @Override
        public void notify(DelegateTask task) {
        }
    }

    /**
     * The urging notice of the bare engine: one row in an outbox table, in the job's own transaction (the
     * engine's connection), keyed by the process instance so a doubled job would show as a failed insert.
     */
    public static final class OutboxRow implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) throws SQLException {
            Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into bench_outbox (idempotency_key, created_at) values (?, ?)")) {
                insert.setString(1, "urging:" + execution.getProcessInstanceId());
                insert.setTimestamp(2, new Timestamp(System.currentTimeMillis()));
                insert.executeUpdate();
            }
        }
    }

    public static final class CaseFacts {
        public String label(Object caseId) { return "基准学校 · 基准督导 " + caseId; }
        public String kind(Object caseId) { return "SCHOOL"; }
        public String mode(Object caseId) { return "ROUTINE"; }
        public Boolean majorMatter(Object caseId) { return false; }
        public Integer targetUnitCount(Object caseId) { return 1; }
        public List<String> teamUserIds(Object caseId) { return List.of("bare-lead", "bare-member"); }
        public Date scheduledDate(Object caseId) { return inDays(10); }
        public List<Long> openFindingIds(Object caseId) { return List.of(Long.valueOf(caseId.toString())); }
    }

    public static final class CaseForms {
        public String summary(Object caseId) { return "基准督导"; }
        public SpinJsonNode inspectorOptions(Object caseId) { return Spin.JSON("[]"); }
        public String planScope(Object caseId) { return null; }
        public String planChecklist(Object caseId) { return null; }
        public SpinJsonNode planTeam(Object caseId) { return Spin.JSON("[]"); }
        public String planDate(Object caseId) { return LocalDate.now().plusDays(10).toString(); }
        public SpinJsonNode unitOptions(Object caseId) { return Spin.JSON("[]"); }
        public String findingsSummary(Object caseId) { return "问题 1 项"; }
        public String reportText(Object caseId) { return null; }
        public SpinJsonNode feedbackItems(Object caseId) { return Spin.JSON("[]"); }
        public SpinJsonNode rectifiedFindingOptions(Object caseId) { return Spin.JSON("[]"); }
    }

    public static final class CaseDeadlines {
        public String lookBackDelay() { return "P90D"; }
    }

    public static final class UpwardReport {
        private final String url;

        UpwardReport(String url) {
            this.url = url;
        }

        public String url() { return url; }
        public String idempotencyKey(Object caseId) { return "bare-case-" + caseId; }
        public String payload(Object caseId) { return "{\"caseId\":" + caseId + "}"; }

        public Integer confirm(Object caseId, Object statusCode, Object response) {
            int status = ((Number) statusCode).intValue();
            if (status < 200 || status > 299) {
                throw new IllegalStateException("upward platform answered " + status);
            }
            return status;
        }
    }

    public static final class RectificationFacts {
        public String label(Object findingId) { return "基准学校 · 基准督导"; }
        public String liaisonGroup(Object findingId) { return "unit-bare"; }
        public List<String> verifierUserIds(Object findingId) { return List.of("bare-lead"); }
        public Date planDue(Object findingId) { return inDays(30); }
        public Date planReminderAt(Object findingId) { return inDays(27); }
        public Date reportDue(Object findingId) { return inDays(60); }
        public Date reportReminderAt(Object findingId) { return inDays(57); }
        public String severity(Object findingId) { return "GENERAL"; }
        public String unitKind(Object findingId) { return "SCHOOL"; }
        public Boolean privateSchool(Object findingId) { return false; }
        public Integer escalationCount(Object findingId) { return 0; }
        public Integer rejectionCount(Object findingId) { return 0; }
    }

    public static final class RectificationForms {
        public String summary(Object findingId) { return "基准问题"; }
        public String planText(Object findingId) { return null; }
        public String reportText(Object findingId) { return null; }
    }
}

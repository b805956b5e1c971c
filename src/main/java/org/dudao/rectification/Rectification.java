package org.dudao.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.dudao.audit.CaseLinked;
import org.dudao.shared.DomainException;

/**
 * The rectification of one finding (§9): the requirement and deadlines, the unit's plan and
 * report, the inspector's verification — a rejection sends the report back — and its history.
 */
@Entity
@Table(name = "rectification")
class Rectification implements CaseLinked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private Long version;
    private Long caseId;
    private Long findingId;
    private Long unitId;
    @Column(columnDefinition = "text")
    private String requirement;
    private LocalDate planDue;
    private LocalDate reportDue;
    @Enumerated(EnumType.STRING)
    private RectificationStage stage;
    @Column(columnDefinition = "text")
    private String planText;
    private Instant planSubmittedAt;
    @Column(columnDefinition = "text")
    private String reportText;
    private Instant reportSubmittedAt;
    private String verifiedBy;
    private Instant verifiedAt;
    private String verificationComment;
    private int rejectionCount;
    private int urgingCount;
    private int overdueCount;
    private int reopenCount;
    private Integer reminderDays;
    private Instant createdAt;

    @OneToMany(mappedBy = "rectification", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<HistoryEntry> history = new ArrayList<>();

    protected Rectification() {
    }

    Rectification(Long caseId, Long findingId, Long unitId, String requirement, LocalDate planDue, LocalDate reportDue,
                  String actor) {
        checkDates(planDue, reportDue);
        this.caseId = caseId;
        this.findingId = findingId;
        this.unitId = unitId;
        this.requirement = requirement;
        this.planDue = planDue;
        this.reportDue = reportDue;
        this.stage = RectificationStage.PLAN;
        this.createdAt = Instant.now();
        log(HistoryKind.OPENED, actor, requirement, null, planDue);
    }

    private static void checkDates(LocalDate planDue, LocalDate reportDue) {
        if (reportDue.isBefore(planDue)) {
            throw DomainException.invalid("reportDue", "整改报告期限不能早于整改方案期限",
                    "the report cannot be due before the plan");
        }
    }

    void changeRequirement(String requirement, String actor) {
        requireStage("requirement", RectificationStage.PLAN);
        this.requirement = requirement;
        log(HistoryKind.REQUIREMENT_CHANGED, actor, requirement, null, null);
    }

    void submitPlan(String text, String actor) {
        requireStage("stage", RectificationStage.PLAN);
        this.planText = text;
        this.planSubmittedAt = Instant.now();
        this.stage = RectificationStage.REPORT;
        log(HistoryKind.PLAN_SUBMITTED, actor, text, null, null);
    }

    void submitReport(String text, String actor) {
        requireStage("stage", RectificationStage.REPORT);
        this.reportText = text;
        this.reportSubmittedAt = Instant.now();
        this.stage = RectificationStage.VERIFICATION;
        log(HistoryKind.REPORT_SUBMITTED, actor, text, null, null);
    }

    /** The inspector's verdict: accepted closes it; rejected sends the report back for resubmission. */
    void verify(boolean accepted, String comment, String actor) {
        requireStage("stage", RectificationStage.VERIFICATION);
        this.verifiedBy = actor;
        this.verifiedAt = Instant.now();
        this.verificationComment = comment;
        if (accepted) {
            this.stage = RectificationStage.ACCEPTED;
            log(HistoryKind.ACCEPTED, actor, comment, null, null);
        } else {
            this.rejectionCount++;
            this.stage = RectificationStage.REPORT;
            log(HistoryKind.REJECTED, actor, comment, null, null);
        }
    }

    /** Moves the deadline of the current stage (and the report's, if the plan's passes it). */
    void extend(LocalDate newDue, String reason, String actor, HistoryKind kind) {
        requireOpen();
        LocalDate before = currentDue();
        if (!newDue.isAfter(before)) {
            throw DomainException.invalid("newDue", "新期限须晚于当前期限 " + before, "the new deadline must be after the current one, " + before);
        }
        if (stage == RectificationStage.PLAN) {
            planDue = newDue;
            if (reportDue.isBefore(newDue)) {
                reportDue = newDue;
            }
        } else {
            reportDue = newDue;
        }
        if (kind == HistoryKind.URGED) {
            urgingCount++;
        }
        log(kind, actor, reason, before, newDue);
    }

    void recordOverdue(String actor) {
        requireOpen();
        overdueCount++;
        log(HistoryKind.OVERDUE, actor, null, currentDue(), null);
    }

    /**
     * Sets the deadlines the unit works to now — unlike an extension, possibly earlier than before: a ladder
     * step (counted as an urging) or a new round. The current stage's deadline must not be past {@code today};
     * at the plan stage the report cannot be due before the plan. A null reminder lead keeps the current one.
     */
    void reschedule(LocalDate planDue, LocalDate reportDue, Integer reminderDays, LocalDate today, String note,
                    String actor, boolean ladderStep) {
        requireOpen();
        if (stage == RectificationStage.PLAN) {
            checkDates(planDue, reportDue);
        }
        LocalDate before = currentDue();
        LocalDate after = stage == RectificationStage.PLAN ? planDue : reportDue;
        if (after.isBefore(today)) {
            throw DomainException.invalid("newDue", "新期限不能早于今天", "the new deadline cannot be in the past");
        }
        this.planDue = planDue;
        this.reportDue = reportDue;
        if (reminderDays != null) {
            remindDaysBefore(reminderDays);
        }
        if (ladderStep) {
            urgingCount++;
        }
        log(ladderStep ? HistoryKind.URGED : HistoryKind.RESCHEDULED, actor, note, before, after);
    }

    /** Rejected verifications since the rectification last (re)started; a relapse starts a new count. */
    int roundRejectionCount() {
        int count = 0;
        for (HistoryEntry entry : history) {
            if (entry.getKind() == HistoryKind.OPENED || entry.getKind() == HistoryKind.REOPENED) {
                count = 0;
            } else if (entry.getKind() == HistoryKind.REJECTED) {
                count++;
            }
        }
        return count;
    }

    void remindDaysBefore(Integer days) {
        if (days != null && days < 0) {
            throw DomainException.invalid("reminderDays", "提前提醒天数不能为负", "the reminder lead cannot be negative");
        }
        this.reminderDays = days;
    }

    /** A relapse found in a look-back review (§10): back to a new plan with new deadlines. */
    void reopen(LocalDate planDue, LocalDate reportDue, String reason, String actor) {
        if (stage != RectificationStage.ACCEPTED) {
            throw DomainException.conflict("stage", "整改尚未通过，不能重新整改", "the rectification is not accepted, so it cannot reopen");
        }
        checkDates(planDue, reportDue);
        this.planDue = planDue;
        this.reportDue = reportDue;
        this.stage = RectificationStage.PLAN;
        this.reopenCount++;
        log(HistoryKind.REOPENED, actor, reason, null, planDue);
    }

    /** The deadline the unit works to now; null once accepted. */
    LocalDate currentDue() {
        return switch (stage) {
            case PLAN -> planDue;
            case REPORT, VERIFICATION -> reportDue;
            case ACCEPTED -> null;
        };
    }

    /** Overdue: the unit still owes its plan or report after the deadline (a report under verification is not). */
    boolean isOverdue(LocalDate today) {
        return (stage == RectificationStage.PLAN && planDue.isBefore(today))
                || (stage == RectificationStage.REPORT && reportDue.isBefore(today));
    }

    private void requireOpen() {
        if (stage == RectificationStage.ACCEPTED) {
            throw DomainException.conflict("stage", "整改已通过", "the rectification is accepted already");
        }
    }

    private void requireStage(String field, RectificationStage expected) {
        if (stage != expected) {
            throw DomainException.conflict(field, "整改当前为“" + stage.label() + "”，此操作需要“" + expected.label() + "”",
                    "the rectification is at " + stage + "; this needs " + expected);
        }
    }

    private void log(HistoryKind kind, String actor, String note, LocalDate dueBefore, LocalDate dueAfter) {
        history.add(new HistoryEntry(this, kind, actor, note, dueBefore, dueAfter));
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    Long getCaseId() {
        return caseId;
    }

    Long getFindingId() {
        return findingId;
    }

    Long getUnitId() {
        return unitId;
    }

    String getRequirement() {
        return requirement;
    }

    LocalDate getPlanDue() {
        return planDue;
    }

    LocalDate getReportDue() {
        return reportDue;
    }

    RectificationStage getStage() {
        return stage;
    }

    String getPlanText() {
        return planText;
    }

    Instant getPlanSubmittedAt() {
        return planSubmittedAt;
    }

    String getReportText() {
        return reportText;
    }

    Instant getReportSubmittedAt() {
        return reportSubmittedAt;
    }

    String getVerifiedBy() {
        return verifiedBy;
    }

    Instant getVerifiedAt() {
        return verifiedAt;
    }

    String getVerificationComment() {
        return verificationComment;
    }

    int getRejectionCount() {
        return rejectionCount;
    }

    int getUrgingCount() {
        return urgingCount;
    }

    int getOverdueCount() {
        return overdueCount;
    }

    int getReopenCount() {
        return reopenCount;
    }

    Integer getReminderDays() {
        return reminderDays;
    }

    List<HistoryEntry> getHistory() {
        return history;
    }
}

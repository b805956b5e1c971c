package org.dudao.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.dudao.audit.CaseLinked;
import org.dudao.shared.DomainException;

/**
 * A supervision case: the aggregate that the case process drives from plan to close. Each
 * use-case method checks that the case is in a status where it makes sense (409 otherwise).
 */
@Entity
@Table(name = "supervision_case")
class SupervisionCase implements CaseLinked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private Long version;
    @Enumerated(EnumType.STRING)
    private SupervisionKind kind;
    @Enumerated(EnumType.STRING)
    private SupervisionMode mode;
    @Enumerated(EnumType.STRING)
    private CaseOrigin origin;
    private String title;
    private LocalDate scheduledOn;
    @Column(columnDefinition = "text")
    private String scope;
    @Column(columnDefinition = "text")
    private String checklist;
    private boolean majorMatter;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    @Enumerated(EnumType.STRING)
    private LadderRung rung;
    private String processInstanceId;
    private String planApprovedBy;
    private Instant planApprovedAt;
    private Instant notifiedAt;
    private Instant inspectionStartedAt;
    @Column(columnDefinition = "text")
    private String reportText;
    private String reportApprovedBy;
    private Instant reportApprovedAt;
    private Instant reportPublishedAt;
    @Enumerated(EnumType.STRING)
    private FeedbackForm feedbackForm;
    private LocalDate feedbackOn;
    @Column(columnDefinition = "text")
    private String feedbackText;
    @Column(columnDefinition = "text")
    private String commendation;
    private Instant commendedAt;
    private Instant reviewStartedAt;
    private LocalDate reviewedOn;
    @Column(columnDefinition = "text")
    private String reviewOutcome;
    private Instant closedAt;
    private String closeNote;
    private String planComment;
    private String reportComment;
    @Column(columnDefinition = "text")
    private String inspectionNotes;
    private Instant reportedUpwardAt;
    private Integer upwardReportStatus;
    private Instant createdAt;
    private String createdBy;

    @ElementCollection
    @CollectionTable(name = "case_target", joinColumns = @JoinColumn(name = "case_id"))
    private Set<CaseTarget> targets = new java.util.HashSet<>();

    @ElementCollection
    @CollectionTable(name = "case_team_member", joinColumns = @JoinColumn(name = "case_id"))
    private Set<TeamMember> team = new java.util.HashSet<>();

    @ElementCollection
    @CollectionTable(name = "case_feedback_invitee", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "body")
    @Enumerated(EnumType.STRING)
    private Set<InvitedBody> invitees = new TreeSet<>();

    protected SupervisionCase() {
    }

    SupervisionCase(SupervisionKind kind, SupervisionMode mode, CaseOrigin origin, String title, LocalDate scheduledOn,
                    String createdBy) {
        this.kind = kind;
        this.mode = mode;
        this.origin = origin;
        this.title = title;
        this.scheduledOn = scheduledOn;
        this.status = CaseStatus.PLANNED;
        this.rung = LadderRung.NONE;
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
    }

    @Override
    public Long auditCaseId() {
        return id;
    }

    // ---- plan ----

    void retitle(String title) {
        requireStatus("title", CaseStatus.PLANNED);
        this.title = title;
    }

    void target(Long leadUnitId, List<Long> coUnitIds) {
        requireStatus("leadUnitId", CaseStatus.PLANNED);
        targets.clear();
        targets.add(new CaseTarget(leadUnitId, true));
        coUnitIds.forEach(id -> targets.add(new CaseTarget(id, false)));
    }

    void plan(LocalDate scheduledOn, String scope, String checklist, boolean majorMatter) {
        requireStatus("status", CaseStatus.PLANNED);
        this.scheduledOn = scheduledOn;
        this.scope = scope;
        this.checklist = checklist;
        this.majorMatter = majorMatter;
    }

    void staff(Long leadInspectorId, List<Long> memberIds) {
        requireStatus("team", CaseStatus.PLANNED, CaseStatus.PLAN_APPROVED, CaseStatus.NOTIFIED);
        team.clear();
        if (leadInspectorId != null) {
            team.add(new TeamMember(leadInspectorId, true));
            memberIds.stream().filter(id -> !id.equals(leadInspectorId)).forEach(id -> team.add(new TeamMember(id, false)));
        }
    }

    /** Comprehensive plans need the committee's approval (§2); the approver and the comment are recorded. */
    void approvePlan(String by, String comment) {
        requireStatus("status", CaseStatus.PLANNED);
        this.status = CaseStatus.PLAN_APPROVED;
        this.planApprovedBy = by;
        this.planApprovedAt = Instant.now();
        this.planComment = comment;
    }

    /** The committee sends the plan back for another draft; the case stays planned. */
    void returnPlan(String comment) {
        requireStatus("status", CaseStatus.PLANNED);
        this.planComment = comment;
    }

    /** Random inspections are unannounced (§6): no notice for them. */
    void notifyUnits() {
        if (mode == SupervisionMode.RANDOM) {
            throw DomainException.conflict("mode", "随机督导不事先通知被督导单位", "random inspections are not announced");
        }
        requireApprovalIfComprehensive();
        requireStatus("status", CaseStatus.PLANNED, CaseStatus.PLAN_APPROVED);
        this.status = CaseStatus.NOTIFIED;
        this.notifiedAt = Instant.now();
    }

    void startInspection() {
        requireApprovalIfComprehensive();
        requireStatus("status", CaseStatus.PLANNED, CaseStatus.PLAN_APPROVED, CaseStatus.NOTIFIED);
        if (team.isEmpty()) {
            throw DomainException.conflict("team", "尚未组建督导组", "the case has no team yet");
        }
        this.status = CaseStatus.INSPECTING;
        this.inspectionStartedAt = Instant.now();
    }

    private void requireApprovalIfComprehensive() {
        if (mode == SupervisionMode.COMPREHENSIVE && planApprovedAt == null) {
            throw DomainException.conflict("status", "综合督导计划须经督导委员会批准",
                    "a comprehensive supervision plan needs the committee's approval first");
        }
    }

    // ---- inspection and report ----

    void requireInspecting() {
        requireStatus("status", CaseStatus.INSPECTING);
    }

    void requireFindingsEditable() {
        requireStatus("status", CaseStatus.INSPECTING, CaseStatus.REPORTING);
        if (reportApprovedAt != null) {
            throw DomainException.conflict("status", "督导报告已批准，不能再修改问题",
                    "the report is approved; findings can no longer change");
        }
    }

    void draftReport(String text) {
        requireStatus("reportText", CaseStatus.INSPECTING, CaseStatus.REPORTING);
        if (reportApprovedAt != null) {
            throw DomainException.conflict("reportText", "督导报告已批准，不能再修改", "the report is approved and can no longer change");
        }
        this.reportText = text;
        this.status = CaseStatus.REPORTING;
    }

    void approveReport(String by, String comment) {
        requireReportUnderReview();
        this.reportApprovedBy = by;
        this.reportApprovedAt = Instant.now();
        this.reportComment = comment;
    }

    /** The committee returns the draft report for another draft. */
    void returnReport(String comment) {
        requireReportUnderReview();
        this.reportComment = comment;
    }

    private void requireReportUnderReview() {
        requireStatus("status", CaseStatus.REPORTING);
        if (reportApprovedAt != null) {
            throw DomainException.conflict("status", "督导报告已批准", "the report is approved already");
        }
    }

    /** Notes of the on-site inspection, kept with the case. */
    void noteInspection(String notes) {
        requireStatus("inspectionNotes", CaseStatus.INSPECTING, CaseStatus.REPORTING);
        this.inspectionNotes = notes;
    }

    /** Whether the case is a major matter (§8) can change until it closes, e.g. when the report is approved. */
    void markMajorMatter(boolean majorMatter) {
        requireOpen();
        this.majorMatter = majorMatter;
    }

    /** Reports are made public (§7) once approved. */
    void publishReport() {
        if (reportApprovedAt == null) {
            throw DomainException.conflict("status", "督导报告尚未批准，不能公开", "the report is not approved and cannot be published");
        }
        if (reportPublishedAt != null) {
            throw DomainException.conflict("status", "督导报告已公开", "the report is published already");
        }
        this.reportPublishedAt = Instant.now();
    }

    // ---- feedback, rectification, review ----

    void feedback(FeedbackForm form, LocalDate on, String text, Set<InvitedBody> invited) {
        requireStatus("status", CaseStatus.REPORTING);
        if (reportApprovedAt == null) {
            throw DomainException.conflict("status", "督导报告批准后才能反馈", "feedback follows the approved report");
        }
        this.feedbackForm = form;
        this.feedbackOn = on;
        this.feedbackText = text;
        this.invitees.clear();
        this.invitees.addAll(invited);
        this.status = CaseStatus.FEEDBACK;
    }

    void rectificationStarted() {
        requireStatus("status", CaseStatus.FEEDBACK, CaseStatus.RECTIFYING, CaseStatus.REVIEWING);
        this.status = CaseStatus.RECTIFYING;
    }

    void startReview() {
        requireStatus("status", CaseStatus.RECTIFYING);
        this.status = CaseStatus.REVIEWING;
        this.reviewStartedAt = Instant.now();
    }

    /** A look-back review (§10); relapsed findings send the case back to rectification. */
    void review(LocalDate on, String outcome, boolean relapsed) {
        requireStatus("status", CaseStatus.REVIEWING);
        this.reviewedOn = on;
        this.reviewOutcome = outcome;
        if (relapsed) {
            this.status = CaseStatus.RECTIFYING;
        }
    }

    /** Commendation of excellent results (§11). */
    void commend(String text) {
        requireStatus("status", CaseStatus.INSPECTING, CaseStatus.REPORTING, CaseStatus.FEEDBACK, CaseStatus.REVIEWING);
        this.commendation = text;
        this.commendedAt = Instant.now();
        this.status = CaseStatus.COMMENDED;
    }

    void close(String note) {
        if (status == CaseStatus.CLOSED) {
            throw DomainException.conflict("status", "案件已办结", "the case is closed already");
        }
        this.closeNote = note;
        this.closedAt = Instant.now();
        this.status = CaseStatus.CLOSED;
    }

    /** The city/provincial platform accepted the closed case's result (§2, §19). */
    void reportedUpward(int httpStatus) {
        requireStatus("status", CaseStatus.CLOSED);
        this.reportedUpwardAt = Instant.now();
        this.upwardReportStatus = httpStatus;
    }

    boolean wouldRise(LadderRung reached) {
        return reached.compareTo(rung) > 0;
    }

    /** The ladder only climbs: the highest rung reached is kept. */
    boolean reach(LadderRung reached) {
        if (status == CaseStatus.CLOSED) {
            throw DomainException.conflict("status", "案件已办结", "the case is closed");
        }
        if (reached.compareTo(rung) > 0) {
            this.rung = reached;
            return true;
        }
        return false;
    }

    void linkProcessInstance(String processInstanceId) {
        if (this.processInstanceId != null && !this.processInstanceId.equals(processInstanceId)) {
            throw DomainException.conflict("processInstanceId", "案件已关联另一个流程实例：" + this.processInstanceId,
                    "the case is linked to another process instance: " + this.processInstanceId);
        }
        this.processInstanceId = processInstanceId;
    }

    void requireOpen() {
        if (status == CaseStatus.CLOSED) {
            throw DomainException.conflict("status", "案件已办结", "the case is closed");
        }
    }

    private void requireStatus(String field, CaseStatus... allowed) {
        if (!EnumSet.of(allowed[0], allowed).contains(status)) {
            List<String> names = new ArrayList<>();
            for (CaseStatus s : allowed) {
                names.add(s.label());
            }
            throw DomainException.conflict(field, "案件当前状态为“" + status.label() + "”，此操作需要状态：" + String.join("、", names),
                    "the case is " + status + "; this needs status " + EnumSet.of(allowed[0], allowed));
        }
    }

    Long leadUnitId() {
        return targets.stream().filter(CaseTarget::isLead).map(CaseTarget::getUnitId).findFirst().orElse(null);
    }

    boolean targets(Long unitId) {
        return targets.stream().anyMatch(t -> t.getUnitId().equals(unitId));
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    SupervisionKind getKind() {
        return kind;
    }

    SupervisionMode getMode() {
        return mode;
    }

    CaseOrigin getOrigin() {
        return origin;
    }

    String getTitle() {
        return title;
    }

    LocalDate getScheduledOn() {
        return scheduledOn;
    }

    String getScope() {
        return scope;
    }

    String getChecklist() {
        return checklist;
    }

    boolean isMajorMatter() {
        return majorMatter;
    }

    CaseStatus getStatus() {
        return status;
    }

    LadderRung getRung() {
        return rung;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    String getPlanApprovedBy() {
        return planApprovedBy;
    }

    Instant getPlanApprovedAt() {
        return planApprovedAt;
    }

    Instant getNotifiedAt() {
        return notifiedAt;
    }

    Instant getInspectionStartedAt() {
        return inspectionStartedAt;
    }

    String getReportText() {
        return reportText;
    }

    String getReportApprovedBy() {
        return reportApprovedBy;
    }

    Instant getReportApprovedAt() {
        return reportApprovedAt;
    }

    Instant getReportPublishedAt() {
        return reportPublishedAt;
    }

    FeedbackForm getFeedbackForm() {
        return feedbackForm;
    }

    LocalDate getFeedbackOn() {
        return feedbackOn;
    }

    String getFeedbackText() {
        return feedbackText;
    }

    String getCommendation() {
        return commendation;
    }

    Instant getCommendedAt() {
        return commendedAt;
    }

    Instant getReviewStartedAt() {
        return reviewStartedAt;
    }

    LocalDate getReviewedOn() {
        return reviewedOn;
    }

    String getReviewOutcome() {
        return reviewOutcome;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    String getCloseNote() {
        return closeNote;
    }

    String getPlanComment() {
        return planComment;
    }

    String getReportComment() {
        return reportComment;
    }

    String getInspectionNotes() {
        return inspectionNotes;
    }

    Instant getReportedUpwardAt() {
        return reportedUpwardAt;
    }

    Integer getUpwardReportStatus() {
        return upwardReportStatus;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Set<CaseTarget> getTargets() {
        return targets;
    }

    Set<TeamMember> getTeam() {
        return team;
    }

    Set<InvitedBody> getInvitees() {
        return invitees;
    }
}

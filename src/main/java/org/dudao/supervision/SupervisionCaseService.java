package org.dudao.supervision;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dudao.audit.Actor;
import org.dudao.inspector.InspectorService;
import org.dudao.organization.OrganizationService;
import org.dudao.organization.OrganizationService.UnitLabel;
import org.dudao.organization.UnitKind;
import org.dudao.shared.DomainException;
import org.dudao.shared.TransactionMemo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of a supervision case, from plan to close. The case process calls these methods
 * (business key = case id) and so does the REST API; nothing here knows the process engine.
 */
@Service
@Transactional
public class SupervisionCaseService {

    static final int MAX_TEXT = 20000;

    public record NewCase(
            @NotNull SupervisionKind kind,
            @NotNull SupervisionMode mode,
            CaseOrigin origin,
            @NotBlank @Size(max = 200) String title,
            @NotNull LocalDate scheduledOn,
            @NotNull Long leadUnitId,
            @Size(max = 50) List<@NotNull Long> coUnitIds,
            Long leadInspectorId,
            @Size(max = 30) List<@NotNull Long> inspectorIds,
            @Size(max = MAX_TEXT) String scope,
            @Size(max = MAX_TEXT) String checklist,
            boolean majorMatter) {
    }

    /** Changes while the case is still only planned. */
    public record CaseChanges(
            @NotBlank @Size(max = 200) String title,
            @NotNull LocalDate scheduledOn,
            @NotNull Long leadUnitId,
            @Size(max = 50) List<@NotNull Long> coUnitIds,
            Long leadInspectorId,
            @Size(max = 30) List<@NotNull Long> inspectorIds,
            @Size(max = MAX_TEXT) String scope,
            @Size(max = MAX_TEXT) String checklist,
            boolean majorMatter) {
    }

    /** The plan of a case (§2, §6): date, scope, checklist, team, whether it is a major matter. */
    public record PlanDetails(
            @NotNull LocalDate scheduledOn,
            @Size(max = MAX_TEXT) String scope,
            @Size(max = MAX_TEXT) String checklist,
            @NotNull Long leadInspectorId,
            @Size(max = 30) List<@NotNull Long> inspectorIds,
            boolean majorMatter) {
    }

    public record Team(@NotNull Long leadInspectorId, @Size(max = 30) List<@NotNull Long> inspectorIds) {
    }

    public record NewFinding(
            @NotNull FindingCategory category,
            @NotNull Severity severity,
            @NotBlank @Size(max = MAX_TEXT) String description,
            @Size(max = 1000) String basis,
            Long unitId) {
    }

    public record FindingChanges(
            @NotNull FindingCategory category,
            @NotNull Severity severity,
            @NotBlank @Size(max = MAX_TEXT) String description,
            @Size(max = 1000) String basis) {
    }

    public record FindingList(@NotEmpty @Size(max = 200) List<@NotNull @Valid NewFinding> findings) {
    }

    public record Report(@NotBlank @Size(max = 100000) String text) {
    }

    public record Feedback(@NotNull FeedbackForm form, @NotNull LocalDate on, @Size(max = MAX_TEXT) String text,
                           @Size(max = 3) Set<@NotNull InvitedBody> invited) {
    }

    public record Commendation(@NotBlank @Size(max = 5000) String text) {
    }

    /** A look-back review (§10): relapsed findings reopen their rectification with the new deadlines. */
    public record Review(@NotNull LocalDate reviewedOn, @NotBlank @Size(max = MAX_TEXT) String outcome,
                        @Size(max = 200) List<@NotNull Long> relapsedFindingIds, LocalDate planDue, LocalDate reportDue) {
    }

    public record Closure(@Size(max = 1000) String note) {
    }

    /**
     * Filters of the case list. {@code visibleTo} is the one place where per-caller visibility
     * applies ({@link CaseAccess}): null means every case; a scope limits the result to the cases
     * targeting one of its units or with its inspector on the team.
     */
    public record CaseQuery(SupervisionKind kind, SupervisionMode mode, CaseStatus status, Long townshipId,
                            UnitKind unitKind, Long unitId, Boolean overdue, LadderRung rung, String q,
                            LocalDate scheduledFrom, LocalDate scheduledTo, CaseAccess.Scope visibleTo) {

        public static CaseQuery all() {
            return new CaseQuery(null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    public record TargetView(Long unitId, String code, String name, UnitKind kind, boolean lead) {
    }

    public record MemberView(Long inspectorId, String name, boolean lead) {
    }

    public record ReportView(String text, String approvedBy, Instant approvedAt, Instant publishedAt) {
    }

    public record FeedbackView(FeedbackForm form, LocalDate on, String text, Set<InvitedBody> invited) {
    }

    public record CaseView(Long id, Long version, String businessKey, SupervisionKind kind, String kindLabel,
                           SupervisionMode mode, String modeLabel, CaseOrigin origin, String title, CaseStatus status,
                           String statusLabel, LadderRung rung, LocalDate scheduledOn, boolean majorMatter,
                           Long leadUnitId, List<TargetView> targets, List<MemberView> team, String scope,
                           String checklist, String processInstanceId, String planApprovedBy, Instant planApprovedAt,
                           Instant notifiedAt, Instant inspectionStartedAt, ReportView report, FeedbackView feedback,
                           String commendation, Instant commendedAt, Instant reviewStartedAt, LocalDate reviewedOn,
                           String reviewOutcome, Instant closedAt, String closeNote, boolean overdue,
                           Instant createdAt, String createdBy, String planComment, String reportComment,
                           String inspectionNotes, Instant reportedUpwardAt, Integer upwardReportStatus) {
    }

    public record FindingView(Long id, Long version, Long caseId, Long unitId, int itemNo, FindingCategory category,
                              String categoryLabel, Severity severity, String description, String basis,
                              FindingStatus status, Instant recordedAt, String recordedBy, String requirement,
                              LocalDate rectifyBy) {
    }

    public record EvidenceView(Long id, Long findingId, String fileName, String contentType, long sizeBytes,
                               String sha256, String note, Instant uploadedAt, String uploadedBy) {
    }

    public record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    private final Cases cases;
    private final Findings findings;
    private final EvidenceFiles evidence;
    private final OrganizationService organization;
    private final InspectorService inspectors;
    private final ObjectProvider<CaseRectifications> rectifications;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    /** Binds this service's per-transaction case views (see {@link #view(SupervisionCase)}). */
    private final TransactionMemo<Long, CaseView> viewsOfThisTransaction = new TransactionMemo<>();

    SupervisionCaseService(Cases cases, Findings findings, EvidenceFiles evidence, OrganizationService organization,
                           InspectorService inspectors, ObjectProvider<CaseRectifications> rectifications,
                           ApplicationEventPublisher events, EntityManager entityManager) {
        this.cases = cases;
        this.findings = findings;
        this.evidence = evidence;
        this.organization = organization;
        this.inspectors = inspectors;
        this.rectifications = rectifications;
        this.events = events;
        this.entityManager = entityManager;
    }

    // ---- plan ----

    /** Opens a case in status PLANNED; the business key of its process is the returned id. */
    public CaseView open(NewCase command) {
        List<Long> coUnits = checkTargets(command.kind(), command.leadUnitId(), command.coUnitIds());
        CaseOrigin origin = command.origin() != null ? command.origin() : switch (command.mode()) {
            case RANDOM -> CaseOrigin.RANDOM_DRAW;
            case EMERGENCY -> CaseOrigin.EMERGENCY;
            case SPECIAL -> CaseOrigin.SPECIAL_TOPIC;
            default -> CaseOrigin.ANNUAL_PLAN;
        };
        SupervisionCase c = new SupervisionCase(command.kind(), command.mode(), origin, command.title().trim(),
                command.scheduledOn(), Actor.current());
        c.target(command.leadUnitId(), coUnits);
        c.plan(command.scheduledOn(), blankToNull(command.scope()), blankToNull(command.checklist()), command.majorMatter());
        staff(c, command.leadInspectorId(), command.inspectorIds());
        return view(cases.saveAndFlush(c));
    }

    public CaseView update(long caseId, CaseChanges changes) {
        SupervisionCase c = find(caseId);
        List<Long> coUnits = checkTargets(c.getKind(), changes.leadUnitId(), changes.coUnitIds());
        c.retitle(changes.title().trim());
        c.target(changes.leadUnitId(), coUnits);
        c.plan(changes.scheduledOn(), blankToNull(changes.scope()), blankToNull(changes.checklist()), changes.majorMatter());
        staff(c, changes.leadInspectorId(), changes.inspectorIds());
        return view(cases.saveAndFlush(c));
    }

    public CaseView recordPlan(long caseId, PlanDetails plan) {
        SupervisionCase c = find(caseId);
        c.plan(plan.scheduledOn(), blankToNull(plan.scope()), blankToNull(plan.checklist()), plan.majorMatter());
        staff(c, plan.leadInspectorId(), plan.inspectorIds());
        return view(cases.saveAndFlush(c));
    }

    /** Changes the team up to the start of the inspection; dismissed inspectors are refused (409). */
    public CaseView assignTeam(long caseId, Team team) {
        SupervisionCase c = find(caseId);
        staff(c, team.leadInspectorId(), team.inspectorIds());
        return view(cases.saveAndFlush(c));
    }

    public CaseView approvePlan(long caseId) {
        return approvePlan(caseId, null);
    }

    /** The committee approves the plan (§2), with an optional comment. */
    public CaseView approvePlan(long caseId, String comment) {
        SupervisionCase c = find(caseId);
        c.approvePlan(Actor.current(), blankToNull(comment));
        return view(cases.saveAndFlush(c));
    }

    /** The committee returns the plan for another draft; the comment says why. */
    public CaseView returnPlan(long caseId, String comment) {
        SupervisionCase c = find(caseId);
        c.returnPlan(blankToNull(comment));
        return view(cases.saveAndFlush(c));
    }

    /** The units were notified of the coming inspection (not for random inspections). */
    public CaseView recordNotice(long caseId) {
        SupervisionCase c = find(caseId);
        c.notifyUnits();
        return view(cases.saveAndFlush(c));
    }

    public CaseView startInspection(long caseId) {
        SupervisionCase c = find(caseId);
        c.startInspection();
        return view(cases.saveAndFlush(c));
    }

    public CaseView linkProcessInstance(long caseId, String processInstanceId) {
        SupervisionCase c = find(caseId);
        c.linkProcessInstance(processInstanceId);
        return view(cases.saveAndFlush(c));
    }

    // ---- findings and evidence ----

    /** Records findings item by item during the inspection; returns their ids in the given order. */
    public List<Long> recordFindings(long caseId, List<NewFinding> list) {
        SupervisionCase c = find(caseId);
        c.requireInspecting();
        if (list == null || list.isEmpty()) {
            throw DomainException.invalid("findings", "至少需要一条问题", "at least one finding is needed");
        }
        int next = findings.findByCaseIdOrderByItemNo(caseId).stream().mapToInt(Finding::getItemNo).max().orElse(0);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            NewFinding f = list.get(i);
            Long unitId = f.unitId() == null ? c.leadUnitId() : f.unitId();
            if (!c.targets(unitId)) {
                throw DomainException.invalid("findings[" + i + "].unitId", "该单位不是本案件的被督导单位：" + unitId,
                        "the unit is not a target of this case: " + unitId);
            }
            Finding finding = new Finding(caseId, unitId, ++next, f.category(), f.severity(), f.description().trim(),
                    blankToNull(f.basis()), Actor.current());
            ids.add(findings.save(finding).getId());
        }
        findings.flush();
        return ids;
    }

    public FindingView updateFinding(long findingId, FindingChanges changes) {
        Finding finding = findFinding(findingId);
        find(finding.getCaseId()).requireFindingsEditable();
        finding.revise(changes.category(), changes.severity(), changes.description().trim(), blankToNull(changes.basis()));
        return view(findings.saveAndFlush(finding));
    }

    public EvidenceView addEvidence(long findingId, String fileName, String contentType, byte[] content, String note) {
        Finding finding = findFinding(findingId);
        find(finding.getCaseId()).requireOpen();
        if (content == null || content.length == 0) {
            throw DomainException.invalid("file", "文件为空", "the file is empty");
        }
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        if (note != null && note.length() > 500) {
            throw DomainException.invalid("note", "长度须在 0 到 500 之间", "length must be between 0 and 500");
        }
        String type = contentType == null || contentType.isBlank() || contentType.length() > 100
                ? "application/octet-stream" : contentType;
        Evidence saved = evidence.saveAndFlush(new Evidence(finding.getCaseId(), findingId, name, type, content,
                sha256(content), blankToNull(note), Actor.current()));
        return new EvidenceView(saved.getId(), findingId, saved.getFileName(), saved.getContentType(),
                saved.getSizeBytes(), saved.getSha256(), saved.getNote(), saved.getUploadedAt(), saved.getUploadedBy());
    }

    @Transactional(readOnly = true)
    public List<EvidenceView> evidence(long findingId) {
        findFinding(findingId);
        return evidence.findByFindingIdOrderById(findingId).stream()
                .map(e -> new EvidenceView(e.getId(), e.getFindingId(), e.getFileName(), e.getContentType(),
                        e.getSizeBytes(), e.getSha256(), e.getNote(), e.getUploadedAt(), e.getUploadedBy())).toList();
    }

    /** The finding an evidence file belongs to. */
    @Transactional(readOnly = true)
    public long findingOfEvidence(long evidenceId) {
        return evidence.findById(evidenceId).orElseThrow(() -> DomainException.notFound("证据材料", "evidence", evidenceId))
                .getFindingId();
    }

    @Transactional(readOnly = true)
    public EvidenceFile evidenceFile(long evidenceId) {
        Evidence e = evidence.findById(evidenceId).orElseThrow(() -> DomainException.notFound("证据材料", "evidence", evidenceId));
        return new EvidenceFile(e.getFileName(), e.getContentType(), e.getContent());
    }

    // ---- report and feedback ----

    public CaseView recordReport(long caseId, String text) {
        SupervisionCase c = find(caseId);
        c.draftReport(text.trim());
        return view(cases.saveAndFlush(c));
    }

    public CaseView approveReport(long caseId) {
        return approveReport(caseId, null);
    }

    public CaseView approveReport(long caseId, String comment) {
        SupervisionCase c = find(caseId);
        c.approveReport(Actor.current(), blankToNull(comment));
        return view(cases.saveAndFlush(c));
    }

    /** The committee returns the draft report; the comment says why. */
    public CaseView returnReport(long caseId, String comment) {
        SupervisionCase c = find(caseId);
        c.returnReport(blankToNull(comment));
        return view(cases.saveAndFlush(c));
    }

    /** Whether the case is a major matter (§8: the discipline bodies join the feedback); open cases only. */
    public CaseView markMajorMatter(long caseId, boolean majorMatter) {
        SupervisionCase c = find(caseId);
        c.markMajorMatter(majorMatter);
        return view(cases.saveAndFlush(c));
    }

    /** Notes of the on-site inspection (while inspecting or reporting). */
    public CaseView recordInspectionNotes(long caseId, String notes) {
        SupervisionCase c = find(caseId);
        c.noteInspection(blankToNull(notes));
        return view(cases.saveAndFlush(c));
    }

    /**
     * The feedback's requirement for one finding (§8) and its deadline, if one was set (null: the
     * rectification rules decide). Only for an unresolved finding of an open case.
     */
    public FindingView requireRectification(long findingId, String requirement, LocalDate deadline) {
        Finding finding = findFinding(findingId);
        find(finding.getCaseId()).requireOpen();
        if (finding.getStatus() == FindingStatus.RESOLVED) {
            throw DomainException.conflict("findingId", "该问题已整改完成：" + findingId, "the finding is resolved already: " + findingId);
        }
        if (requirement == null || requirement.isBlank()) {
            throw DomainException.invalid("requirement", "必须填写整改要求", "a rectification requirement is needed");
        }
        finding.requireRectification(requirement.trim(), deadline);
        return view(findings.saveAndFlush(finding));
    }

    public CaseView publishReport(long caseId) {
        SupervisionCase c = find(caseId);
        c.publishReport();
        return view(cases.saveAndFlush(c));
    }

    public CaseView recordFeedback(long caseId, Feedback feedback) {
        SupervisionCase c = find(caseId);
        c.feedback(feedback.form(), feedback.on(), blankToNull(feedback.text()),
                feedback.invited() == null ? Set.of() : feedback.invited());
        return view(cases.saveAndFlush(c));
    }

    /** Commendation (§11): only for a case with no unresolved finding. */
    public CaseView commend(long caseId, String text) {
        SupervisionCase c = find(caseId);
        if (findings.countByCaseIdAndStatusIn(caseId, EnumSet.of(FindingStatus.OPEN, FindingStatus.RELAPSED)) > 0) {
            throw DomainException.conflict("status", "案件仍有未整改的问题，不能表扬", "the case has unresolved findings and cannot be commended");
        }
        c.commend(text.trim());
        return view(cases.saveAndFlush(c));
    }

    // ---- rectification, review, close ----

    /** Called when a finding's first rectification opens: the case enters RECTIFYING. */
    public void rectificationStarted(long caseId) {
        SupervisionCase c = find(caseId);
        if (c.getStatus() != CaseStatus.RECTIFYING) {
            // the findings' rectifications start in parallel (multi-instance): the first one moves the case
            lockFresh(c);
            if (c.getStatus() != CaseStatus.RECTIFYING) {
                c.rectificationStarted();
                cases.saveAndFlush(c);
            }
        }
    }

    /**
     * Re-reads the case under a row lock, for a write that parallel branches of one case make at the same
     * moment: a second branch waits for the first one's commit and sees its change, instead of failing its
     * job on the case's version and retrying it minutes later.
     */
    private void lockFresh(SupervisionCase c) {
        cases.flush();
        entityManager.refresh(c, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Called when a finding's rectification is accepted. */
    public void findingResolved(long findingId) {
        Finding finding = findFinding(findingId);
        finding.resolve();
        findings.saveAndFlush(finding);
    }

    public CaseView startReview(long caseId) {
        SupervisionCase c = find(caseId);
        long open = openRectifications(caseId);
        if (open > 0) {
            throw DomainException.conflict("status", "仍有 " + open + " 项整改未通过核查，不能开始复查",
                    open + " rectifications are not yet accepted; the review cannot start");
        }
        c.startReview();
        return view(cases.saveAndFlush(c));
    }

    /** Records the look-back review; relapsed findings (of this case, resolved before) reopen their rectification. */
    public CaseView recordReview(long caseId, Review review) {
        SupervisionCase c = find(caseId);
        List<Long> relapsed = review.relapsedFindingIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(review.relapsedFindingIds()));
        if (!relapsed.isEmpty()) {
            if (review.planDue() == null || review.reportDue() == null) {
                throw DomainException.invalid(review.planDue() == null ? "planDue" : "reportDue",
                        "问题反弹时须给出新的整改方案和整改报告期限", "relapsed findings need new plan and report deadlines");
            }
            if (review.reportDue().isBefore(review.planDue()) || review.planDue().isBefore(review.reviewedOn())) {
                throw DomainException.invalid("reportDue", "期限顺序应为：复查日期 ≤ 方案期限 ≤ 报告期限",
                        "deadlines must be in order: review date ≤ plan due ≤ report due");
            }
            Map<Long, Finding> byId = findings.findByIdIn(relapsed).stream()
                    .collect(Collectors.toMap(Finding::getId, Function.identity()));
            for (Long id : relapsed) {
                Finding f = byId.get(id);
                if (f == null || !f.getCaseId().equals(caseId)) {
                    throw DomainException.invalid("relapsedFindingIds", "不是本案件的问题：" + id, "not a finding of this case: " + id);
                }
                if (f.getStatus() != FindingStatus.RESOLVED) {
                    throw DomainException.conflict("relapsedFindingIds", "该问题尚未整改完成，不能记为反弹：" + id,
                            "the finding is not resolved, so it cannot relapse: " + id);
                }
            }
        }
        c.review(review.reviewedOn(), review.outcome().trim(), !relapsed.isEmpty());
        if (!relapsed.isEmpty()) {
            findings.findByIdIn(relapsed).forEach(Finding::relapse);
            events.publishEvent(new FindingsRelapsed(caseId, relapsed, review.planDue(), review.reportDue(),
                    review.outcome().trim()));
        }
        return view(cases.saveAndFlush(c));
    }

    /** Closes (archives) the case; refused while any rectification is still open. */
    public CaseView close(long caseId, String note) {
        SupervisionCase c = find(caseId);
        long open = openRectifications(caseId);
        if (open > 0) {
            throw DomainException.conflict("status", "仍有 " + open + " 项整改未完成，不能办结",
                    open + " rectifications are still open; the case cannot close");
        }
        c.close(blankToNull(note));
        return view(cases.saveAndFlush(c));
    }

    /** The closed case's result was accepted by the city/provincial platform with this HTTP status. */
    public CaseView recordUpwardReport(long caseId, int httpStatus) {
        SupervisionCase c = find(caseId);
        c.reportedUpward(httpStatus);
        return view(cases.saveAndFlush(c));
    }

    /** Records that the escalation ladder reached a rung; the case keeps the highest. Returns whether it rose. */
    public boolean reachRung(long caseId, LadderRung rung) {
        if (rung == null || rung == LadderRung.NONE) {
            throw DomainException.invalid("rung", "升级层级无效", "not a rung of the ladder");
        }
        SupervisionCase c = find(caseId);
        if (!c.wouldRise(rung)) {
            return c.reach(rung); // false, or 409 for a closed case
        }
        // the findings of one case share their deadlines, so their escalations climb at the same moment
        lockFresh(c);
        boolean rose = c.reach(rung);
        cases.saveAndFlush(c);
        return rose;
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public CaseView get(long caseId) {
        return view(find(caseId));
    }

    /** 404 unless the case exists. */
    @Transactional(readOnly = true)
    public void requireCase(long caseId) {
        find(caseId);
    }

    @Transactional(readOnly = true)
    public Page<CaseView> query(CaseQuery query, Pageable pageable) {
        Set<Long> overdue = overdueCaseIds();
        Page<SupervisionCase> page = cases.findAll(specification(query, overdue), pageable);
        Map<Long, CaseView> views = views(page.getContent(), overdue).stream()
                .collect(Collectors.toMap(CaseView::id, Function.identity()));
        return page.map(c -> views.get(c.getId()));
    }

    @Transactional(readOnly = true)
    public List<FindingView> findings(long caseId) {
        find(caseId);
        return findings.findByCaseIdOrderByItemNo(caseId).stream().map(SupervisionCaseService::view).toList();
    }

    @Transactional(readOnly = true)
    public FindingView finding(long findingId) {
        return view(findFinding(findingId));
    }

    // ---- helpers ----

    private List<Long> checkTargets(SupervisionKind kind, Long leadUnitId, List<Long> coUnitIds) {
        List<Long> co = coUnitIds == null ? List.of() : coUnitIds;
        Set<Long> all = new LinkedHashSet<>();
        all.add(leadUnitId);
        for (Long id : co) {
            if (!all.add(id)) {
                throw DomainException.invalid("coUnitIds", "被督导单位重复：" + id, "a unit is named twice: " + id);
            }
        }
        Map<Long, UnitLabel> units = organization.labels(all);
        for (Long id : all) {
            UnitLabel unit = units.get(id);
            String field = id.equals(leadUnitId) ? "leadUnitId" : "coUnitIds";
            if (unit == null) {
                throw DomainException.invalid(field, "没有这个单位：" + id, "no such unit: " + id);
            }
            boolean fits = switch (kind) {
                case GOVERNMENT -> unit.kind() != UnitKind.SCHOOL;
                case SCHOOL -> unit.kind() == UnitKind.SCHOOL;
                case MONITORING -> true;
            };
            if (!fits) {
                throw DomainException.invalid(field, kind == SupervisionKind.GOVERNMENT
                                ? "督政的对象是乡镇和县级部门，不是学校：" + unit.name()
                                : "督学的对象是学校（幼儿园）：" + unit.name(),
                        kind == SupervisionKind.GOVERNMENT
                                ? "government-duty supervision targets townships and departments, not schools: " + unit.code()
                                : "school supervision targets schools: " + unit.code());
            }
        }
        return co;
    }

    private void staff(SupervisionCase c, Long leadInspectorId, List<Long> inspectorIds) {
        List<Long> members = inspectorIds == null ? List.of() : inspectorIds;
        if (leadInspectorId == null) {
            if (!members.isEmpty()) {
                throw DomainException.invalid("leadInspectorId", "督导组须有一名组长", "the team needs a lead inspector");
            }
            if (!c.getTeam().isEmpty()) {
                c.staff(null, List.of());
            }
            return;
        }
        Set<Long> all = new LinkedHashSet<>();
        all.add(leadInspectorId);
        all.addAll(members);
        inspectors.requireAssignable(all);
        c.staff(leadInspectorId, members);
    }

    private long openRectifications(long caseId) {
        CaseRectifications port = rectifications.getIfAvailable();
        return port == null ? 0 : port.openCount(caseId);
    }

    private Set<Long> overdueCaseIds() {
        CaseRectifications port = rectifications.getIfAvailable();
        return port == null ? Set.of() : port.overdueCaseIds(LocalDate.now());
    }

    private SupervisionCase find(long id) {
        return cases.findById(id).orElseThrow(() -> DomainException.notFound("督导案件", "case", id));
    }

    private Finding findFinding(long id) {
        return findings.findById(id).orElseThrow(() -> DomainException.notFound("督导问题", "finding", id));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Specification<SupervisionCase> specification(CaseQuery query, Set<Long> overdueIds) {
        Set<Long> unitFilter = organization.unitIdsMatching(query.townshipId(), query.unitKind());
        return (root, q, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (query.kind() != null) {
                where.add(cb.equal(root.get("kind"), query.kind()));
            }
            if (query.mode() != null) {
                where.add(cb.equal(root.get("mode"), query.mode()));
            }
            if (query.status() != null) {
                where.add(cb.equal(root.get("status"), query.status()));
            }
            if (query.rung() != null) {
                where.add(cb.equal(root.get("rung"), query.rung()));
            }
            if (query.scheduledFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("scheduledOn"), query.scheduledFrom()));
            }
            if (query.scheduledTo() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("scheduledOn"), query.scheduledTo()));
            }
            if (query.q() != null && !query.q().isBlank()) {
                where.add(cb.like(cb.lower(root.get("title")),
                        "%" + query.q().trim().toLowerCase(Locale.ROOT).replace("%", "") + "%"));
            }
            for (Set<Long> units : unitRestrictions(query, unitFilter)) {
                if (units.isEmpty()) {
                    where.add(cb.disjunction());
                } else {
                    var sub = q.subquery(Long.class);
                    var inner = sub.from(SupervisionCase.class);
                    Join<SupervisionCase, CaseTarget> target = inner.join("targets");
                    sub.select(inner.get("id")).where(target.get("unitId").in(units));
                    where.add(root.get("id").in(sub));
                }
            }
            if (query.visibleTo() != null) {
                where.add(visible(root, q, cb, query.visibleTo()));
            }
            if (query.overdue() != null) {
                if (query.overdue()) {
                    where.add(overdueIds.isEmpty() ? cb.disjunction() : root.get("id").in(overdueIds));
                } else if (!overdueIds.isEmpty()) {
                    where.add(cb.not(root.get("id").in(overdueIds)));
                }
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** A case is visible to a scope when it targets one of the scope's units or has its inspector on the team. */
    private static Predicate visible(Root<SupervisionCase> root, CriteriaQuery<?> q, CriteriaBuilder cb,
                                     CaseAccess.Scope scope) {
        List<Predicate> any = new ArrayList<>();
        if (!scope.unitIds().isEmpty()) {
            var sub = q.subquery(Long.class);
            var inner = sub.from(SupervisionCase.class);
            Join<SupervisionCase, CaseTarget> target = inner.join("targets");
            sub.select(inner.get("id")).where(target.get("unitId").in(scope.unitIds()));
            any.add(root.get("id").in(sub));
        }
        if (scope.inspectorId() != null) {
            var sub = q.subquery(Long.class);
            var inner = sub.from(SupervisionCase.class);
            Join<SupervisionCase, TeamMember> member = inner.join("team");
            sub.select(inner.get("id")).where(cb.equal(member.get("inspectorId"), scope.inspectorId()));
            any.add(root.get("id").in(sub));
        }
        return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    }

    /** Each set is one restriction on the target units: the township/kind filter and the unit filter. */
    private static List<Set<Long>> unitRestrictions(CaseQuery query, Set<Long> unitFilter) {
        List<Set<Long>> restrictions = new ArrayList<>();
        if (unitFilter != null) {
            restrictions.add(unitFilter);
        }
        if (query.unitId() != null) {
            restrictions.add(Set.of(query.unitId()));
        }
        return restrictions;
    }

    /**
     * The case as the API and the models see it, built once per transaction and version of the case: one step of a
     * process reads the same case for its task name, form data and facts several times (the drafting task alone
     * seven), and each build costs three queries. Whether the case is overdue is asked for this case only.
     */
    private CaseView view(SupervisionCase c) {
        Map<Long, CaseView> memo = viewsOfThisTransaction.map();
        CaseView known = memo == null ? null : memo.get(c.getId());
        if (known != null && Objects.equals(known.version(), c.getVersion())) {
            return known;
        }
        CaseRectifications port = rectifications.getIfAvailable();
        boolean overdue = port != null && c.getId() != null && port.isOverdue(c.getId(), LocalDate.now());
        CaseView view = views(List.of(c), overdue ? Set.of(c.getId()) : Set.of()).get(0);
        if (memo != null) {
            memo.put(c.getId(), view);
        }
        return view;
    }

    private List<CaseView> views(List<SupervisionCase> list, Set<Long> overdue) {
        Set<Long> unitIds = new HashSet<>();
        Set<Long> inspectorIds = new HashSet<>();
        list.forEach(c -> {
            c.getTargets().forEach(t -> unitIds.add(t.getUnitId()));
            c.getTeam().forEach(m -> inspectorIds.add(m.getInspectorId()));
        });
        Map<Long, UnitLabel> units = organization.labels(unitIds);
        Map<Long, String> names = inspectors.names(inspectorIds);
        return list.stream().map(c -> view(c, units, names, overdue.contains(c.getId()))).toList();
    }

    private static CaseView view(SupervisionCase c, Map<Long, UnitLabel> units, Map<Long, String> names, boolean overdue) {
        List<TargetView> targets = c.getTargets().stream()
                .sorted(Comparator.comparing((CaseTarget t) -> !t.isLead()).thenComparing(CaseTarget::getUnitId))
                .map(t -> {
                    UnitLabel u = units.get(t.getUnitId());
                    return new TargetView(t.getUnitId(), u == null ? null : u.code(), u == null ? null : u.name(),
                            u == null ? null : u.kind(), t.isLead());
                }).toList();
        List<MemberView> team = c.getTeam().stream()
                .sorted(Comparator.comparing((TeamMember m) -> !m.isLead()).thenComparing(TeamMember::getInspectorId))
                .map(m -> new MemberView(m.getInspectorId(), names.get(m.getInspectorId()), m.isLead())).toList();
        return new CaseView(c.getId(), c.getVersion(), String.valueOf(c.getId()), c.getKind(), c.getKind().label(),
                c.getMode(), c.getMode().label(), c.getOrigin(), c.getTitle(), c.getStatus(), c.getStatus().label(),
                c.getRung(), c.getScheduledOn(), c.isMajorMatter(), c.leadUnitId(), targets, team, c.getScope(),
                c.getChecklist(), c.getProcessInstanceId(), c.getPlanApprovedBy(), c.getPlanApprovedAt(),
                c.getNotifiedAt(), c.getInspectionStartedAt(),
                new ReportView(c.getReportText(), c.getReportApprovedBy(), c.getReportApprovedAt(), c.getReportPublishedAt()),
                c.getFeedbackForm() == null ? null : new FeedbackView(c.getFeedbackForm(), c.getFeedbackOn(),
                        c.getFeedbackText(), new java.util.TreeSet<>(c.getInvitees())),
                c.getCommendation(), c.getCommendedAt(), c.getReviewStartedAt(), c.getReviewedOn(), c.getReviewOutcome(),
                c.getClosedAt(), c.getCloseNote(), overdue, c.getCreatedAt(), c.getCreatedBy(), c.getPlanComment(),
                c.getReportComment(), c.getInspectionNotes(), c.getReportedUpwardAt(), c.getUpwardReportStatus());
    }

    private static FindingView view(Finding f) {
        return new FindingView(f.getId(), f.getVersion(), f.getCaseId(), f.getUnitId(), f.getItemNo(), f.getCategory(),
                f.getCategory().label(), f.getSeverity(), f.getDescription(), f.getBasis(), f.getStatus(),
                f.getRecordedAt(), f.getRecordedBy(), f.getRequirement(), f.getRectifyBy());
    }
}

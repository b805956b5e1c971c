package org.dudao.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dudao.audit.Actor;
import org.dudao.shared.DomainException;
import org.dudao.shared.TransactionMemo;
import org.dudao.supervision.CaseRectifications;
import org.dudao.supervision.FindingStatus;
import org.dudao.supervision.FindingsRelapsed;
import org.dudao.supervision.SupervisionCaseService;
import org.dudao.supervision.SupervisionCaseService.FindingView;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectification of findings (§9, §10): one per finding, with the unit's plan and report, the
 * inspector's verification, deadline extensions, urging and overdue records. The rectification
 * process calls these methods; nothing here knows the process engine.
 */
@Service
@Transactional
public class RectificationService implements CaseRectifications {

    static final int MAX_TEXT = 20000;

    public record NewRectification(@NotBlank @Size(max = MAX_TEXT) String requirement, @NotNull LocalDate planDue,
                                   @NotNull LocalDate reportDue) {
    }

    public record RequirementChange(@NotBlank @Size(max = MAX_TEXT) String requirement) {
    }

    public record Submission(@NotBlank @Size(max = MAX_TEXT) String text) {
    }

    public record Verification(@NotNull Boolean accepted, @Size(max = 2000) String comment) {
    }

    public record Extension(@NotNull LocalDate newDue, @NotBlank @Size(max = 2000) String reason) {
    }

    /**
     * New deadlines for a rectification: a ladder step ({@code ladderStep}, counted as an urging), a report
     * returned for resubmission, or a new round after a relapse. {@code reminderDays} null keeps the lead.
     */
    public record NewDeadlines(@NotNull LocalDate planDue, @NotNull LocalDate reportDue, Integer reminderDays,
                               @Size(max = 2000) String note, boolean ladderStep) {
    }

    public record RectificationQuery(Long caseId, Long unitId, RectificationStage stage, Boolean overdue) {
    }

    public record HistoryView(Long id, HistoryKind kind, Instant at, String actor, String note, LocalDate dueBefore,
                              LocalDate dueAfter) {
    }

    public record RectificationView(Long id, Long version, Long caseId, Long findingId, Long unitId, String requirement,
                                    LocalDate planDue, LocalDate reportDue, LocalDate currentDue,
                                    RectificationStage stage, String stageLabel, String planText,
                                    Instant planSubmittedAt, String reportText, Instant reportSubmittedAt,
                                    String verifiedBy, Instant verifiedAt, String verificationComment,
                                    int rejectionCount, int urgingCount, int overdueCount, int reopenCount,
                                    boolean overdue, List<HistoryView> history, Integer reminderDays,
                                    int roundRejectionCount) {
    }

    private final Rectifications rectifications;
    private final SupervisionCaseService cases;
    /** Rectification ids by finding id, for {@link #findForFinding}. */
    private final TransactionMemo<Long, Long> idsByFindingOfThisTransaction = new TransactionMemo<>();

    RectificationService(Rectifications rectifications, SupervisionCaseService cases) {
        this.rectifications = rectifications;
        this.cases = cases;
    }

    /** Opens the rectification of a finding after feedback; the case enters RECTIFYING. One per finding (409). */
    public RectificationView open(long findingId, String requirement, LocalDate planDue, LocalDate reportDue) {
        return open(findingId, requirement, planDue, reportDue, null);
    }

    /** Opens the rectification with a reminder lead: reminders go out this many days before each deadline. */
    public RectificationView open(long findingId, String requirement, LocalDate planDue, LocalDate reportDue,
                                  Integer reminderDays) {
        FindingView finding = cases.finding(findingId);
        if (rectifications.existsByFindingId(findingId)) {
            throw DomainException.conflict("findingId", "该问题已有整改记录", "the finding has a rectification already");
        }
        if (finding.status() != FindingStatus.OPEN) {
            throw DomainException.conflict("findingId", "该问题不是待整改状态", "the finding is not open");
        }
        cases.rectificationStarted(finding.caseId());
        Rectification r = new Rectification(finding.caseId(), findingId, finding.unitId(), requirement.trim(), planDue,
                reportDue, Actor.current());
        r.remindDaysBefore(reminderDays);
        return view(rectifications.saveAndFlush(r));
    }

    public RectificationView changeRequirement(long id, String requirement) {
        Rectification r = find(id);
        r.changeRequirement(requirement.trim(), Actor.current());
        return view(rectifications.saveAndFlush(r));
    }

    public RectificationView submitPlan(long id, String text) {
        Rectification r = find(id);
        r.submitPlan(text.trim(), Actor.current());
        return view(rectifications.saveAndFlush(r));
    }

    public RectificationView submitReport(long id, String text) {
        Rectification r = find(id);
        r.submitReport(text.trim(), Actor.current());
        return view(rectifications.saveAndFlush(r));
    }

    /** Accepted → the finding is resolved; rejected (a comment is required) → the unit resubmits its report. */
    public RectificationView verify(long id, boolean accepted, String comment) {
        Rectification r = find(id);
        if (!accepted && (comment == null || comment.isBlank())) {
            throw DomainException.invalid("comment", "退回时须说明理由", "a rejection needs a comment");
        }
        r.verify(accepted, comment == null || comment.isBlank() ? null : comment.trim(), Actor.current());
        rectifications.saveAndFlush(r);
        if (accepted) {
            cases.findingResolved(r.getFindingId());
        }
        return view(r);
    }

    public RectificationView extendDeadline(long id, LocalDate newDue, String reason) {
        Rectification r = find(id);
        r.extend(newDue, reason.trim(), Actor.current(), HistoryKind.EXTENDED);
        return view(rectifications.saveAndFlush(r));
    }

    /** An urging notice (督办通知) set a new deadline: counts the urging and moves the deadline. */
    public RectificationView recordUrging(long id, LocalDate newDue, String noticeText) {
        Rectification r = find(id);
        r.extend(newDue, noticeText, Actor.current(), HistoryKind.URGED);
        return view(rectifications.saveAndFlush(r));
    }

    /** Sets new deadlines (see {@link NewDeadlines}); the current stage's deadline may move earlier, never into the past. */
    public RectificationView reschedule(long id, NewDeadlines deadlines) {
        Rectification r = find(id);
        r.reschedule(deadlines.planDue(), deadlines.reportDue(), deadlines.reminderDays(), LocalDate.now(),
                deadlines.note() == null || deadlines.note().isBlank() ? null : deadlines.note().trim(), Actor.current(),
                deadlines.ladderStep());
        return view(rectifications.saveAndFlush(r));
    }

    /** The deadline passed without the plan or report (the process's deadline timer calls this). */
    public RectificationView recordOverdue(long id) {
        Rectification r = find(id);
        r.recordOverdue(Actor.current());
        return view(rectifications.saveAndFlush(r));
    }

    @EventListener
    void onRelapse(FindingsRelapsed relapse) {
        for (Rectification r : rectifications.findByFindingIdIn(relapse.findingIds())) {
            r.reopen(relapse.planDue(), relapse.reportDue(), relapse.reason(), Actor.current());
            rectifications.save(r);
        }
        rectifications.flush();
    }

    @Transactional(readOnly = true)
    public RectificationView get(long id) {
        return view(find(id));
    }

    @Transactional(readOnly = true)
    public List<RectificationView> forCase(long caseId) {
        cases.requireCase(caseId);
        return rectifications.findByCaseIdOrderById(caseId).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public RectificationView forFinding(long findingId) {
        cases.finding(findingId);
        return rectifications.findByFindingId(findingId).map(this::view)
                .orElseThrow(() -> DomainException.notFound("问题的整改记录", "rectification of finding", findingId));
    }

    /**
     * The finding's rectification, if it has one. A process step asks this for every expression it evaluates, so the
     * rectification's id is looked up once per transaction; after that the entity comes from the persistence context,
     * changes of this transaction included, without a query.
     */
    @Transactional(readOnly = true)
    public Optional<RectificationView> findForFinding(long findingId) {
        Map<Long, Long> known = idsByFindingOfThisTransaction.map();
        Long id = known == null ? null : known.get(findingId);
        Optional<Rectification> found = id != null ? rectifications.findById(id) : rectifications.findByFindingId(findingId);
        if (known != null) {
            found.ifPresent(r -> known.put(findingId, r.getId()));
        }
        return found.map(this::view);
    }

    @Transactional(readOnly = true)
    public Page<RectificationView> query(RectificationQuery query, Pageable pageable) {
        LocalDate today = LocalDate.now();
        Specification<Rectification> spec = (root, q, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (query.caseId() != null) {
                where.add(cb.equal(root.get("caseId"), query.caseId()));
            }
            if (query.unitId() != null) {
                where.add(cb.equal(root.get("unitId"), query.unitId()));
            }
            if (query.stage() != null) {
                where.add(cb.equal(root.get("stage"), query.stage()));
            }
            if (query.overdue() != null) {
                Predicate overdue = cb.or(
                        cb.and(cb.equal(root.get("stage"), RectificationStage.PLAN), cb.lessThan(root.get("planDue"), today)),
                        cb.and(cb.equal(root.get("stage"), RectificationStage.REPORT), cb.lessThan(root.get("reportDue"), today)));
                where.add(query.overdue() ? overdue : cb.not(overdue));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return rectifications.findAll(spec, pageable).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> overdueCaseIds(LocalDate today) {
        return rectifications.overdueCaseIds(today);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isOverdue(long caseId, LocalDate today) {
        return rectifications.anyOverdue(caseId, today);
    }

    @Override
    @Transactional(readOnly = true)
    public long openCount(long caseId) {
        return rectifications.countByCaseIdAndStageNot(caseId, RectificationStage.ACCEPTED);
    }

    private Rectification find(long id) {
        return rectifications.findById(id).orElseThrow(() -> DomainException.notFound("整改记录", "rectification", id));
    }

    private RectificationView view(Rectification r) {
        return new RectificationView(r.getId(), r.getVersion(), r.getCaseId(), r.getFindingId(), r.getUnitId(),
                r.getRequirement(), r.getPlanDue(), r.getReportDue(), r.currentDue(), r.getStage(), r.getStage().label(),
                r.getPlanText(), r.getPlanSubmittedAt(), r.getReportText(), r.getReportSubmittedAt(), r.getVerifiedBy(),
                r.getVerifiedAt(), r.getVerificationComment(), r.getRejectionCount(), r.getUrgingCount(),
                r.getOverdueCount(), r.getReopenCount(), r.isOverdue(LocalDate.now()),
                r.getHistory().stream().map(h -> new HistoryView(h.getId(), h.getKind(), h.getHappenedAt(), h.getActor(),
                        h.getNote(), h.getDueBefore(), h.getDueAfter())).toList(), r.getReminderDays(),
                r.roundRejectionCount());
    }
}

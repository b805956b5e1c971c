package org.dudao.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dudao.audit.Actor;
import org.dudao.organization.OrganizationService;
import org.dudao.organization.OrganizationService.UnitView;
import org.dudao.organization.Ownership;
import org.dudao.organization.UnitKind;
import org.dudao.rectification.RectificationService;
import org.dudao.rectification.RectificationService.RectificationView;
import org.dudao.shared.DomainException;
import org.dudao.supervision.LadderRung;
import org.dudao.supervision.SupervisionCaseService;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records of the escalation ladder (§9, §12–§14). Each record also lifts the case's rung. Which
 * rung applies is decided elsewhere (a decision table in the process layer), not here.
 */
@Service
@Transactional
public class EscalationService {

    static final int MAX_TEXT = 20000;

    /** An urging notice; with a rectification id it moves that rectification's deadline and counts the urging. */
    public record NewUrgingNotice(Long unitId, Long rectificationId, @Size(max = 60) String noticeNo,
                                  @NotBlank @Size(max = MAX_TEXT) String text, @NotNull LocalDate newDeadline) {
    }

    public record NewInterview(@NotNull Long unitId, @NotBlank @Size(max = MAX_TEXT) String reason,
                               @NotNull LocalDate scheduledOn, @Size(max = 200) String location,
                               @Size(max = 50) List<@NotBlank @Size(max = 100) String> participants) {
    }

    public record InterviewRecord(@NotNull LocalDate heldOn,
                                  @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> participants,
                                  @NotBlank @Size(max = 100000) String record, @Size(max = 300) String filedWith) {
    }

    public record CircularDraft(@NotNull Long unitId, @NotBlank @Size(max = 100000) String text,
                                @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 100) String> recipients,
                                boolean countsInPerformance) {
    }

    public record CircularChanges(@NotBlank @Size(max = 100000) String text,
                                  @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 100) String> recipients,
                                  boolean countsInPerformance) {
    }

    public record PersonInput(@NotBlank @Size(max = 60) String name, @Size(max = 100) String post) {
    }

    public record AccountabilityProposal(@NotNull Long unitId, @NotBlank @Size(max = MAX_TEXT) String grounds,
                                         @NotNull AccountabilityMeasure measure,
                                         @Size(max = 50) List<@NotNull @Valid PersonInput> persons,
                                         Referral referral, boolean revokeLicence) {
    }

    /** The office's proposal for an accountability the ladder opened (§14). */
    public record AccountabilityChanges(@NotBlank @Size(max = MAX_TEXT) String grounds, @NotNull AccountabilityMeasure measure,
                                        @Size(max = 50) List<@NotNull @Valid PersonInput> persons, Referral referral,
                                        boolean revokeLicence) {
    }

    public record AccountabilityDecision(@NotNull Boolean approved, @Size(max = MAX_TEXT) String decisionText) {
    }

    public record UrgingNoticeView(Long id, Long caseId, Long unitId, Long rectificationId, String noticeNo, String text,
                                   LocalDate newDeadline, Instant issuedAt, String issuedBy) {
    }

    public record InterviewView(Long id, Long version, Long caseId, Long unitId, RecordStatus status, String reason,
                                LocalDate scheduledOn, String location, LocalDate heldOn, List<String> participants,
                                String record, String filedWith, Instant createdAt, String createdBy, Long findingId,
                                String decisionComment, Instant filedAt) {
    }

    public record CircularView(Long id, Long version, Long caseId, Long unitId, RecordStatus status, String text,
                               List<String> recipients, boolean countsInPerformance, Instant issuedAt, String issuedBy,
                               Instant createdAt, String createdBy, Long findingId, String decisionComment) {
    }

    public record PersonView(String name, String post) {
    }

    public record AccountabilityView(Long id, Long version, Long caseId, Long unitId, RecordStatus status, String grounds,
                                     AccountabilityMeasure measure, String measureLabel, List<PersonView> persons,
                                     Referral referral, String referralLabel, boolean revokeLicence,
                                     String decisionText, String decidedBy, Instant decidedAt, boolean published,
                                     Instant createdAt, String createdBy, Long findingId, Instant referredAt) {
    }

    /** Everything on the ladder for one case. */
    public record Ladder(Long caseId, LadderRung rung, List<UrgingNoticeView> urgingNotices,
                         List<InterviewView> interviews, List<CircularView> circulars,
                         List<AccountabilityView> accountabilities) {
    }

    private final UrgingNotices urgingNotices;
    private final Interviews interviews;
    private final Circulars circulars;
    private final Accountabilities accountabilities;
    private final SupervisionCaseService cases;
    private final RectificationService rectifications;
    private final OrganizationService organization;

    EscalationService(UrgingNotices urgingNotices, Interviews interviews, Circulars circulars,
                      Accountabilities accountabilities, SupervisionCaseService cases,
                      RectificationService rectifications, OrganizationService organization) {
        this.urgingNotices = urgingNotices;
        this.interviews = interviews;
        this.circulars = circulars;
        this.accountabilities = accountabilities;
        this.cases = cases;
        this.rectifications = rectifications;
        this.organization = organization;
    }

    // ---- urging notice (督办通知) ----

    public UrgingNoticeView recordUrgingNotice(long caseId, NewUrgingNotice notice) {
        CaseView c = openCase(caseId);
        if (notice.newDeadline().isBefore(LocalDate.now())) {
            throw DomainException.invalid("newDeadline", "新的整改期限不能早于今天", "the new deadline cannot be in the past");
        }
        Long unitId = notice.unitId();
        if (notice.rectificationId() != null) {
            RectificationView r = rectifications.get(notice.rectificationId());
            if (!r.caseId().equals(caseId)) {
                throw DomainException.invalid("rectificationId", "该整改不属于本案件", "the rectification belongs to another case");
            }
            if (unitId != null && !unitId.equals(r.unitId())) {
                throw DomainException.invalid("unitId", "单位与整改记录的责任单位不一致", "the unit differs from the rectification's unit");
            }
            unitId = r.unitId();
            rectifications.recordUrging(r.id(), notice.newDeadline(), notice.text().trim());
        } else if (unitId == null) {
            throw DomainException.invalid("unitId", "必须填写", "is required");
        }
        requireTarget(c, unitId);
        UrgingNotice saved = urgingNotices.saveAndFlush(new UrgingNotice(caseId, unitId, notice.rectificationId(),
                blankToNull(notice.noticeNo()), notice.text().trim(), notice.newDeadline(), Actor.current()));
        cases.reachRung(caseId, LadderRung.URGING);
        return view(saved);
    }

    /**
     * A step of the escalation ladder for one rectification (§9, §12–§14): sets the unit's new deadlines
     * (counted as an urging, possibly earlier than before), keeps an urging notice record with the text and
     * the deadline now due, and lifts the case to the rung reached.
     */
    public UrgingNoticeView recordLadderStep(long caseId, long rectificationId, LadderRung rung, LocalDate planDue,
                                             LocalDate reportDue, String text) {
        openCase(caseId);
        if (rung == null || rung == LadderRung.NONE) {
            throw DomainException.invalid("rung", "升级层级无效", "not a rung of the ladder");
        }
        RectificationView before = rectifications.get(rectificationId);
        if (!before.caseId().equals(caseId)) {
            throw DomainException.invalid("rectificationId", "该整改不属于本案件", "the rectification belongs to another case");
        }
        // the case's row lock first: a row inserted before it (the notice's foreign key) would share-lock
        // the case and deadlock with another finding of the case climbing at the same moment
        cases.reachRung(caseId, rung);
        RectificationView after = rectifications.reschedule(rectificationId,
                new RectificationService.NewDeadlines(planDue, reportDue, null, text, true));
        UrgingNotice saved = urgingNotices.saveAndFlush(new UrgingNotice(caseId, after.unitId(), rectificationId, null,
                text.trim(), after.currentDue(), Actor.current()));
        return view(saved);
    }

    // ---- interview (约谈) ----

    /** The ladder proposes an interview about one finding; the committee decides (§12). */
    public InterviewView proposeInterview(long caseId, long findingId, long unitId, String reason) {
        CaseView c = openCase(caseId);
        requireTarget(c, unitId);
        requireFinding(caseId, findingId);
        return view(interviews.saveAndFlush(Interview.proposed(caseId, unitId, findingId, reason.trim(), Actor.current())));
    }

    /** The committee approves the interview for a date; the case reaches the interview rung. */
    public InterviewView approveInterview(long interviewId, LocalDate plannedOn, String location, String comment) {
        Interview interview = findInterview(interviewId);
        if (plannedOn == null) {
            throw DomainException.invalid("plannedOn", "必须填写约谈日期", "the interview needs a date");
        }
        interview.approve(plannedOn, blankToNull(location), blankToNull(comment));
        interviews.saveAndFlush(interview);
        cases.reachRung(interview.getCaseId(), LadderRung.INTERVIEW);
        return view(interview);
    }

    public InterviewView rejectInterview(long interviewId, String comment) {
        Interview interview = findInterview(interviewId);
        interview.reject(blankToNull(comment));
        return view(interviews.saveAndFlush(interview));
    }

    /** The written record went to the bodies named for filing (备案, §12). */
    public InterviewView fileInterviewRecord(long interviewId, String filedWith) {
        Interview interview = findInterview(interviewId);
        interview.file(blankToNull(filedWith));
        return view(interviews.saveAndFlush(interview));
    }

    public InterviewView openInterview(long caseId, NewInterview interview) {
        CaseView c = openCase(caseId);
        requireTarget(c, interview.unitId());
        Interview saved = interviews.saveAndFlush(new Interview(caseId, interview.unitId(), interview.reason().trim(),
                interview.scheduledOn(), blankToNull(interview.location()), trimmed(interview.participants()),
                Actor.current()));
        cases.reachRung(caseId, LadderRung.INTERVIEW);
        return view(saved);
    }

    /** The interview was held: date, who took part, the written record and where it is filed. */
    public InterviewView recordInterview(long interviewId, InterviewRecord record) {
        Interview interview = findInterview(interviewId);
        interview.record(record.heldOn(), trimmed(record.participants()), record.record().trim(), blankToNull(record.filedWith()));
        return view(interviews.saveAndFlush(interview));
    }

    // ---- circular (通报) ----

    public CircularView draftCircular(long caseId, CircularDraft draft) {
        CaseView c = openCase(caseId);
        requireTarget(c, draft.unitId());
        Circular circular = new Circular(caseId, draft.unitId(), Actor.current());
        circular.draft(draft.text().trim(), trimmed(draft.recipients()), draft.countsInPerformance());
        return view(circulars.saveAndFlush(circular));
    }

    /** A draft circular about one finding, as the ladder opens it. */
    public CircularView draftCircular(long caseId, long findingId, CircularDraft draft) {
        requireFinding(caseId, findingId);
        CircularView drafted = draftCircular(caseId, draft);
        Circular circular = findCircular(drafted.id());
        circular.concern(findingId);
        return view(circulars.saveAndFlush(circular));
    }

    /** The committee's comment on a draft it approves or returns. */
    public CircularView commentOnCircular(long circularId, String comment) {
        Circular circular = findCircular(circularId);
        circular.comment(blankToNull(comment));
        return view(circulars.saveAndFlush(circular));
    }

    /** The committee decides not to issue the circular. */
    public CircularView dropCircular(long circularId, String comment) {
        Circular circular = findCircular(circularId);
        circular.drop(blankToNull(comment));
        return view(circulars.saveAndFlush(circular));
    }

    public CircularView reviseCircular(long circularId, CircularChanges changes) {
        Circular circular = findCircular(circularId);
        circular.draft(changes.text().trim(), trimmed(changes.recipients()), changes.countsInPerformance());
        return view(circulars.saveAndFlush(circular));
    }

    public CircularView issueCircular(long circularId) {
        Circular circular = findCircular(circularId);
        circular.issue(Actor.current());
        circulars.saveAndFlush(circular);
        cases.reachRung(circular.getCaseId(), LadderRung.CIRCULAR);
        return view(circular);
    }

    // ---- accountability (问责) ----

    /**
     * Proposes accountability. Licence revocation and replacing the principal apply to private
     * schools only (§14); a referral goes to 纪检监察 or 公安.
     */
    public AccountabilityView proposeAccountability(long caseId, AccountabilityProposal proposal) {
        CaseView c = openCase(caseId);
        requireTarget(c, proposal.unitId());
        UnitView unit = organization.unit(proposal.unitId());
        boolean privateSchool = unit.kind() == UnitKind.SCHOOL && unit.ownership() == Ownership.PRIVATE;
        if (proposal.revokeLicence() && !privateSchool) {
            throw DomainException.invalid("revokeLicence", "只有民办学校可以吊销办学许可证",
                    "only a private school's licence can be revoked");
        }
        if (proposal.measure() == AccountabilityMeasure.REPLACE_PRINCIPAL && !privateSchool) {
            throw DomainException.invalid("measure", "撤换负责人只适用于民办学校",
                    "replacing the principal applies to private schools only");
        }
        List<Person> persons = proposal.persons() == null ? List.of() : proposal.persons().stream()
                .map(p -> new Person(p.name().trim(), blankToNull(p.post()))).toList();
        Accountability saved = accountabilities.saveAndFlush(new Accountability(caseId, proposal.unitId(),
                proposal.grounds().trim(), proposal.measure(), proposal.referral() == null ? Referral.NONE : proposal.referral(),
                proposal.revokeLicence(), persons, Actor.current()));
        return view(saved);
    }

    /**
     * The ladder opens accountability about one finding with its grounds; the office then proposes measures,
     * persons and referral. The licence revocation proposal applies to private schools only.
     */
    public AccountabilityView openAccountability(long caseId, long findingId, long unitId, String grounds,
                                                 boolean revokeLicence) {
        CaseView c = openCase(caseId);
        requireTarget(c, unitId);
        requireFinding(caseId, findingId);
        if (revokeLicence && !privateSchool(unitId)) {
            throw DomainException.invalid("revokeLicence", "只有民办学校可以吊销办学许可证",
                    "only a private school's licence can be revoked");
        }
        return view(accountabilities.saveAndFlush(Accountability.opened(caseId, unitId, findingId, grounds.trim(),
                revokeLicence, Actor.current())));
    }

    /** The office's proposal (again, after a return); same rules as {@link #proposeAccountability}. */
    public AccountabilityView reviseAccountability(long accountabilityId, AccountabilityChanges changes) {
        Accountability a = findAccountability(accountabilityId);
        boolean privateSchool = privateSchool(a.getUnitId());
        if (changes.revokeLicence() && !privateSchool) {
            throw DomainException.invalid("revokeLicence", "只有民办学校可以吊销办学许可证",
                    "only a private school's licence can be revoked");
        }
        if (changes.measure() == AccountabilityMeasure.REPLACE_PRINCIPAL && !privateSchool) {
            throw DomainException.invalid("measure", "撤换负责人只适用于民办学校",
                    "replacing the principal applies to private schools only");
        }
        List<Person> persons = changes.persons() == null ? List.of() : changes.persons().stream()
                .map(p -> new Person(p.name().trim(), blankToNull(p.post()))).toList();
        a.revise(changes.grounds().trim(), changes.measure(), changes.referral() == null ? Referral.NONE : changes.referral(),
                changes.revokeLicence(), persons);
        return view(accountabilities.saveAndFlush(a));
    }

    /** The committee returns the proposal with a comment. */
    public AccountabilityView returnAccountability(long accountabilityId, String comment) {
        Accountability a = findAccountability(accountabilityId);
        a.returnForRevision(blankToNull(comment));
        return view(accountabilities.saveAndFlush(a));
    }

    /** The decided matter was referred to discipline inspection or the police (§14). */
    public AccountabilityView recordReferral(long accountabilityId) {
        Accountability a = findAccountability(accountabilityId);
        a.refer();
        return view(accountabilities.saveAndFlush(a));
    }

    /** The committee decides; an approved decision lifts the case to the top rung. */
    public AccountabilityView decideAccountability(long accountabilityId, AccountabilityDecision decision) {
        Accountability a = findAccountability(accountabilityId);
        a.decide(decision.approved(), blankToNull(decision.decisionText()), Actor.current());
        accountabilities.saveAndFlush(a);
        if (decision.approved()) {
            cases.reachRung(a.getCaseId(), LadderRung.ACCOUNTABILITY);
        }
        return view(a);
    }

    public AccountabilityView publishAccountability(long accountabilityId) {
        Accountability a = findAccountability(accountabilityId);
        a.publish();
        return view(accountabilities.saveAndFlush(a));
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public Ladder ladder(long caseId) {
        CaseView c = cases.get(caseId);
        return new Ladder(caseId, c.rung(),
                urgingNotices.findByCaseIdOrderById(caseId).stream().map(EscalationService::view).toList(),
                interviews.findByCaseIdOrderById(caseId).stream().map(EscalationService::view).toList(),
                circulars.findByCaseIdOrderById(caseId).stream().map(EscalationService::view).toList(),
                accountabilities.findByCaseIdOrderById(caseId).stream().map(EscalationService::view).toList());
    }

    @Transactional(readOnly = true)
    public UrgingNoticeView urgingNotice(long id) {
        return view(urgingNotices.findById(id).orElseThrow(() -> DomainException.notFound("督办通知", "urging notice", id)));
    }

    @Transactional(readOnly = true)
    public InterviewView interview(long id) {
        return view(interviews.findById(id).orElseThrow(() -> DomainException.notFound("约谈", "interview", id)));
    }

    @Transactional(readOnly = true)
    public CircularView circular(long id) {
        return view(findCircular(id));
    }

    @Transactional(readOnly = true)
    public AccountabilityView accountability(long id) {
        return view(findAccountability(id));
    }

    private CaseView openCase(long caseId) {
        CaseView c = cases.get(caseId);
        if (c.status() == org.dudao.supervision.CaseStatus.CLOSED) {
            throw DomainException.conflict("status", "案件已办结", "the case is closed");
        }
        return c;
    }

    private static void requireTarget(CaseView c, Long unitId) {
        if (c.targets().stream().noneMatch(t -> t.unitId().equals(unitId))) {
            throw DomainException.invalid("unitId", "该单位不是本案件的被督导单位：" + unitId,
                    "the unit is not a target of this case: " + unitId);
        }
    }

    private Interview findInterview(long id) {
        return interviews.findById(id).orElseThrow(() -> DomainException.notFound("约谈", "interview", id));
    }

    private void requireFinding(long caseId, long findingId) {
        if (!cases.finding(findingId).caseId().equals(caseId)) {
            throw DomainException.invalid("findingId", "不是本案件的问题：" + findingId, "not a finding of this case: " + findingId);
        }
    }

    private boolean privateSchool(long unitId) {
        UnitView unit = organization.unit(unitId);
        return unit.kind() == UnitKind.SCHOOL && unit.ownership() == Ownership.PRIVATE;
    }

    private Circular findCircular(long id) {
        return circulars.findById(id).orElseThrow(() -> DomainException.notFound("通报", "circular", id));
    }

    private Accountability findAccountability(long id) {
        return accountabilities.findById(id).orElseThrow(() -> DomainException.notFound("问责", "accountability", id));
    }

    private static List<String> trimmed(List<String> list) {
        return list == null ? List.of() : list.stream().map(String::trim).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static UrgingNoticeView view(UrgingNotice n) {
        return new UrgingNoticeView(n.getId(), n.getCaseId(), n.getUnitId(), n.getRectificationId(), n.getNoticeNo(),
                n.getText(), n.getNewDeadline(), n.getIssuedAt(), n.getIssuedBy());
    }

    private static InterviewView view(Interview i) {
        return new InterviewView(i.getId(), i.getVersion(), i.getCaseId(), i.getUnitId(), i.getStatus(), i.getReason(),
                i.getScheduledOn(), i.getLocation(), i.getHeldOn(), List.copyOf(i.getParticipants()), i.getRecord(),
                i.getFiledWith(), i.getCreatedAt(), i.getCreatedBy(), i.getFindingId(), i.getDecisionComment(), i.getFiledAt());
    }

    private static CircularView view(Circular c) {
        return new CircularView(c.getId(), c.getVersion(), c.getCaseId(), c.getUnitId(), c.getStatus(), c.getText(),
                List.copyOf(c.getRecipients()), c.isCountsInPerformance(), c.getIssuedAt(), c.getIssuedBy(),
                c.getCreatedAt(), c.getCreatedBy(), c.getFindingId(), c.getDecisionComment());
    }

    private static AccountabilityView view(Accountability a) {
        return new AccountabilityView(a.getId(), a.getVersion(), a.getCaseId(), a.getUnitId(), a.getStatus(), a.getGrounds(),
                a.getMeasure(), a.getMeasure() == null ? null : a.getMeasure().label(),
                a.getPersons().stream().map(p -> new PersonView(p.getName(), p.getPost())).toList(),
                a.getReferral(), a.getReferral().label(), a.isRevokeLicence(), a.getDecisionText(), a.getDecidedBy(),
                a.getDecidedAt(), a.isPublished(), a.getCreatedAt(), a.getCreatedBy(), a.getFindingId(), a.getReferredAt());
    }
}

package org.dudao.security;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.servlet.http.HttpServletRequest;
import org.dudao.escalation.EscalationService;
import org.dudao.notification.NoticeService;
import org.dudao.rectification.RectificationService;
import org.dudao.shared.Caller;
import org.dudao.shared.DomainException;
import org.dudao.shared.Roles;
import org.dudao.supervision.CaseAccess;
import org.dudao.supervision.SupervisionCaseService;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Who may call which {@code /api} endpoint, in one place. Admins and the office may call all of
 * them; the committee and the discipline bodies read everything and change nothing. Everyone else
 * (unit liaisons, inspectors, designers) may call only the endpoints listed here, each with its
 * check: a case-scoped record is visible only if its case is ({@link CaseAccess}), and is answered
 * 404 otherwise, so ids of other units' records reveal nothing. An endpoint not listed is refused
 * (403) — new endpoints are closed until someone decides who may use them. List endpoints
 * ({@code /api/cases}, {@code /api/rectifications}, {@code /api/tasks}) filter by the same rule.
 */
@Component
class ApiAccess {

    /** A check of one endpoint for one caller, given the path's variables. */
    interface Check extends BiConsumer<Caller, Map<String, String>> {
    }

    private final CaseAccess cases;
    private final SupervisionCaseService supervision;
    private final RectificationService rectifications;
    private final EscalationService escalation;
    private final NoticeService notices;
    private final Map<String, Check> rules;

    ApiAccess(CaseAccess cases, SupervisionCaseService supervision, RectificationService rectifications,
              EscalationService escalation, NoticeService notices) {
        this.cases = cases;
        this.supervision = supervision;
        this.rectifications = rectifications;
        this.escalation = escalation;
        this.notices = notices;
        Check anyone = (caller, path) -> { };
        Check caseOf = (caller, path) -> cases.checkVisible(caller, id(path, "id"));
        this.rules = Map.ofEntries(
                // the registry is the county's public organisation chart
                Map.entry("GET /api/units", anyone),
                Map.entry("GET /api/units/{id}", anyone),
                Map.entry("GET /api/units/{id}/contacts", anyone),
                Map.entry("GET /api/inspectors/public-contacts", anyone),
                Map.entry("GET /api/schools/{schoolId}/responsible-inspector", anyone),
                // the roster and coverage are colleagues' business: inspectors read them too
                Map.entry("GET /api/inspectors", (caller, path) -> inspector(caller)),
                Map.entry("GET /api/inspectors/{id}", (caller, path) -> inspector(caller)),
                Map.entry("GET /api/coverage", (caller, path) -> inspector(caller)),
                Map.entry("GET /api/tasks", anyone),
                // cases, filtered or checked
                Map.entry("GET /api/cases", anyone),
                Map.entry("GET /api/cases/{id}", caseOf),
                Map.entry("GET /api/cases/{id}/findings", caseOf),
                // every unit's rectifications and ladder records of a case: its inspectors only
                Map.entry("GET /api/cases/{caseId}/rectifications", this::onTeam),
                Map.entry("GET /api/cases/{caseId}/escalation", this::onTeam),
                Map.entry("GET /api/findings/{findingId}", this::findingVisible),
                Map.entry("GET /api/findings/{findingId}/evidence", this::unitsFinding),
                Map.entry("GET /api/findings/{findingId}/rectification", this::unitsFinding),
                Map.entry("GET /api/evidence/{evidenceId}/content", (caller, path) -> {
                    var finding = supervision.finding(supervision.findingOfEvidence(id(path, "evidenceId")));
                    cases.checkUnitRecord(caller, finding.caseId(), finding.unitId());
                }),
                Map.entry("GET /api/rectifications", anyone),
                Map.entry("GET /api/rectifications/{id}", (caller, path) -> {
                    var r = rectifications.get(id(path, "id"));
                    cases.checkUnitRecord(caller, r.caseId(), r.unitId());
                }),
                Map.entry("GET /api/urging-notices/{id}", (caller, path) -> {
                    var r = escalation.urgingNotice(id(path, "id"));
                    cases.checkUnitRecord(caller, r.caseId(), r.unitId());
                }),
                Map.entry("GET /api/interviews/{id}", (caller, path) -> {
                    var r = escalation.interview(id(path, "id"));
                    cases.checkUnitRecord(caller, r.caseId(), r.unitId());
                }),
                Map.entry("GET /api/circulars/{id}", (caller, path) -> {
                    var r = escalation.circular(id(path, "id"));
                    cases.checkUnitRecord(caller, r.caseId(), r.unitId());
                }),
                Map.entry("GET /api/accountabilities/{id}", (caller, path) -> {
                    var r = escalation.accountability(id(path, "id"));
                    cases.checkUnitRecord(caller, r.caseId(), r.unitId());
                }),
                Map.entry("GET /api/notices/{id}", this::noticeVisible),
                Map.entry("GET /api/notices/{id}/pdf", this::noticeVisible),
                Map.entry("GET /api/notices/{id}/mail", this::noticeVisible),
                // the unit's own rectification, and inspectors' work on their cases
                Map.entry("POST /api/rectifications/{id}/plan", this::ownUnitsRectification),
                Map.entry("POST /api/rectifications/{id}/report", this::ownUnitsRectification),
                Map.entry("POST /api/rectifications/{id}/verification", (caller, path) -> {
                    inspector(caller);
                    var r = rectifications.get(id(path, "id"));
                    cases.checkUnitRecord(caller, r.caseId(), r.unitId());
                }),
                Map.entry("POST /api/findings/{findingId}/evidence", (caller, path) -> {
                    inspector(caller);
                    unitsFinding(caller, path);
                }),
                Map.entry("PUT /api/findings/{findingId}", (caller, path) -> {
                    inspector(caller);
                    unitsFinding(caller, path);
                }));
    }

    /** Endpoints only the office and admins may call even among the readers (operational data of the office). */
    static final List<String> OFFICE_ONLY_READS = List.of("GET /api/outbox", "GET /api/notices", "GET /api/audit");

    /** Throws a 403 or 404 {@link DomainException} unless the caller may make this request. */
    void check(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern == null) {
            return;
        }
        String endpoint = request.getMethod() + " " + pattern;
        Caller caller = Caller.current();
        if (caller.isSystem() || caller.inAny(Roles.ADMIN, Roles.OFFICE)) {
            return;
        }
        boolean reader = caller.inAny(Roles.COMMITTEE, Roles.DISCIPLINE);
        if (reader && "GET".equals(request.getMethod()) && !OFFICE_ONLY_READS.contains(endpoint)
                || reader && caller.inAny(Roles.COMMITTEE) && OFFICE_ONLY_READS.contains(endpoint)) {
            return;
        }
        Check check = rules.get(endpoint);
        if (check == null) {
            throw DomainException.forbidden("无权调用该接口", "not allowed to call this endpoint");
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        check.accept(caller, variables == null ? Map.of() : variables);
    }

    private void onTeam(Caller caller, Map<String, String> path) {
        long caseId = id(path, "caseId");
        cases.checkVisible(caller, caseId);
        if (!cases.onTeam(caller, caseId)) {
            throw DomainException.forbidden("只有本案督导组成员可以查看全部单位的整改和问责记录",
                    "only the case's inspection team sees every unit's rectification and ladder records");
        }
    }

    private void findingVisible(Caller caller, Map<String, String> path) {
        cases.checkVisible(caller, supervision.finding(id(path, "findingId")).caseId());
    }

    /** A finding's own records (evidence, rectification): its unit's, as {@link CaseAccess#checkUnitRecord}. */
    private void unitsFinding(Caller caller, Map<String, String> path) {
        var finding = supervision.finding(id(path, "findingId"));
        cases.checkUnitRecord(caller, finding.caseId(), finding.unitId());
    }

    private void noticeVisible(Caller caller, Map<String, String> path) {
        long noticeId = id(path, "id");
        var notice = notices.get(noticeId).notice();
        if (notice.caseId() == null) {
            throw DomainException.notFound("通知", "notice", noticeId);
        }
        cases.checkUnitRecord(caller, notice.caseId(), notice.unitId());
    }

    private void ownUnitsRectification(Caller caller, Map<String, String> path) {
        long id = id(path, "id");
        var rectification = rectifications.get(id);
        cases.checkUnitRecord(caller, rectification.caseId(), rectification.unitId());
        if (!cases.isLiaisonOf(caller, rectification.unitId())) {
            throw DomainException.forbidden("只有责任单位的联络员可以提交本单位的整改材料",
                    "only the unit's liaisons may submit its rectification");
        }
    }

    private static void inspector(Caller caller) {
        if (!caller.inAny(Roles.INSPECTOR)) {
            throw DomainException.forbidden("只有督学可以这样做", "only inspectors may do this");
        }
    }

    private static long id(Map<String, String> path, String name) {
        try {
            return Long.parseLong(path.get(name));
        } catch (NumberFormatException e) {
            throw DomainException.invalid(name, "编号应为数字", "the id must be a number");
        }
    }
}

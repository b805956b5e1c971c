package org.dudao.rectification;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.dudao.inspector.InspectorService;
import org.dudao.organization.OrganizationService;
import org.dudao.organization.UnitKind;
import org.dudao.rectification.FindingContext.Finding;
import org.dudao.rectification.RectificationService.RectificationView;
import org.dudao.supervision.FindingCodes;
import org.dudao.supervision.SupervisionCaseService.MemberView;
import org.dudao.workflow.CountyCalendar;
import org.springframework.stereotype.Component;

/**
 * Read-only facts about a finding's rectification for the {@code rectification} model: task names,
 * assignees, due dates, timer dates and decision inputs. Never writes.
 */
@Component("rectificationFacts")
public class RectificationFacts {

    private final FindingContext findings;
    private final InspectorService inspectors;
    private final CountyCalendar calendar;

    RectificationFacts(FindingContext findings, InspectorService inspectors, CountyCalendar calendar) {
        this.findings = findings;
        this.inspectors = inspectors;
        this.calendar = calendar;
    }

    public String label(long findingId) {
        return findings.of(findingId).label();
    }

    /** The Camunda group of the finding's unit: {@code unit-<code in lower case>}. */
    public String liaisonGroup(long findingId) {
        return OrganizationService.groupIdOf(findings.of(findingId).unit().code());
    }

    /** The case team's inspectors and, for a school, its responsible inspector (挂牌责任督学); never empty. */
    public List<String> verifierUserIds(long findingId) {
        Finding f = findings.of(findingId);
        List<String> ids = new ArrayList<>();
        for (MemberView member : f.kase().team()) {
            add(ids, inspectors.inspector(member.inspectorId()).userId());
        }
        if (f.unit().kind() == UnitKind.SCHOOL) {
            inspectors.responsibleInspector(f.unit().id())
                    .ifPresent(a -> add(ids, inspectors.inspector(a.inspectorId()).userId()));
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("没有可登录的督学验收问题 " + findingId + " 的整改 / "
                    + "no inspector with a login can verify the rectification of finding " + findingId);
        }
        return ids;
    }

    public Date planDue(long findingId) {
        return calendar.endOf(rectification(findingId).planDue());
    }

    public Date planReminderAt(long findingId) {
        RectificationView r = rectification(findingId);
        return calendar.reminderBefore(r.planDue(), lead(r));
    }

    public Date reportDue(long findingId) {
        return calendar.endOf(rectification(findingId).reportDue());
    }

    public Date reportReminderAt(long findingId) {
        RectificationView r = rectification(findingId);
        return calendar.reminderBefore(r.reportDue(), lead(r));
    }

    /** {@code GENERAL}, {@code SERIOUS} or {@code SEVERE}, as the decision tables know it. */
    public String severity(long findingId) {
        return FindingCodes.severityCode(findings.of(findingId).finding().severity());
    }

    public String unitKind(long findingId) {
        return findings.of(findingId).unit().kind().name();
    }

    public Boolean privateSchool(long findingId) {
        return findings.of(findingId).privateSchool();
    }

    /** Ladder steps (rungs other than NONE) so far for this finding, over its whole life. */
    public Integer escalationCount(long findingId) {
        return findings.of(findingId).rectification().map(RectificationView::urgingCount).orElse(0);
    }

    /** Rejected verifications since the rectification last (re)started, including the one just recorded. */
    public Integer rejectionCount(long findingId) {
        return findings.of(findingId).rectification().map(RectificationView::roundRejectionCount).orElse(0);
    }

    private RectificationView rectification(long findingId) {
        return findings.of(findingId).requireRectification();
    }

    private static int lead(RectificationView r) {
        return r.reminderDays() == null ? 0 : r.reminderDays();
    }

    private static void add(List<String> ids, String userId) {
        if (userId != null && !ids.contains(userId)) {
            ids.add(userId);
        }
    }
}

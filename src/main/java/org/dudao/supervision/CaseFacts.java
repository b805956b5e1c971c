package org.dudao.supervision;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.dudao.inspector.InspectorService;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.supervision.SupervisionCaseService.FindingView;
import org.dudao.supervision.SupervisionCaseService.MemberView;
import org.dudao.supervision.SupervisionCaseService.TargetView;
import org.dudao.workflow.CountyCalendar;
import org.springframework.stereotype.Component;

/**
 * Read-only facts about a case for the {@code supervision-case} model: task names, decision inputs,
 * assignees, due dates and the findings to rectify. Never writes.
 */
@Component("caseFacts")
public class CaseFacts {

    private final SupervisionCaseService cases;
    private final InspectorService inspectors;
    private final CountyCalendar calendar;

    CaseFacts(SupervisionCaseService cases, InspectorService inspectors, CountyCalendar calendar) {
        this.cases = cases;
        this.inspectors = inspectors;
        this.calendar = calendar;
    }

    /** Lead unit and title, e.g. 三溪镇中心小学 · 2026年春季综合督导. */
    public String label(long caseId) {
        return label(cases.get(caseId));
    }

    static String label(CaseView c) {
        String lead = c.targets().stream().filter(TargetView::lead).map(TargetView::name).findFirst().orElse(null);
        return lead == null ? c.title() : lead + " · " + c.title();
    }

    public String kind(long caseId) {
        return cases.get(caseId).kind().name();
    }

    public String mode(long caseId) {
        return cases.get(caseId).mode().name();
    }

    public Boolean majorMatter(long caseId) {
        return cases.get(caseId).majorMatter();
    }

    /** The lead unit and the co-units. */
    public Integer targetUnitCount(long caseId) {
        return cases.get(caseId).targets().size();
    }

    /**
     * The Camunda user ids of the inspection team, lead first. Team members without a login cannot work in
     * the Tasklist; a team with none fails loudly (an incident) instead of creating a task nobody sees.
     */
    public List<String> teamUserIds(long caseId) {
        List<String> ids = new ArrayList<>();
        for (MemberView member : cases.get(caseId).team()) {
            String userId = inspectors.inspector(member.inspectorId()).userId();
            if (userId != null && !ids.contains(userId)) {
                ids.add(userId);
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("督导组没有可登录督导系统的督学（案件 " + caseId + "） / "
                    + "the team of case " + caseId + " has no inspector with a login");
        }
        return ids;
    }

    /** The planned inspection date as the task's due date (the end of that day). */
    public Date scheduledDate(long caseId) {
        return calendar.endOf(cases.get(caseId).scheduledOn());
    }

    /** Findings not yet rectified: open, or reopened by a relapse. Empty skips the rectification. */
    public List<Long> openFindingIds(long caseId) {
        return cases.findings(caseId).stream()
                .filter(f -> f.status() == FindingStatus.OPEN || f.status() == FindingStatus.RELAPSED)
                .map(FindingView::id).toList();
    }
}

package org.dudao.supervision;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dudao.notification.NoticeKind;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.supervision.SupervisionCaseService.FindingView;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PublishReport} (§7): publishes the approved report (the public page lists published reports;
 * 督政 results also go to the county portal) and tells each unit, with its findings.
 */
@Component
class PublishReportDelegate implements JavaDelegate {

    private final SupervisionCaseService cases;
    private final CaseNotices notices;

    PublishReportDelegate(SupervisionCaseService cases, CaseNotices notices) {
        this.cases = cases;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = Ids.of(execution, CaseProcess.CASE_ID);
        CaseView c = cases.get(caseId);
        if (c.report().publishedAt() == null) {
            c = cases.publishReport(caseId);
        }
        List<FindingView> findings = cases.findings(caseId);
        String where = c.kind() == SupervisionKind.GOVERNMENT ? "督导报告已向社会公开，督政结果同时在县政府门户网站公布。"
                : "督导报告已经督导委员会审定并向社会公开。";
        notices.perUnit(c, c.targets(), NoticeKind.REPORT_PUBLICATION, "report-published:case-" + caseId, List.of(),
                (unit, notice) -> notice.message(where).findings(findings.stream()
                        .filter(f -> f.unitId().equals(unit.unitId())).map(f -> CaseNotices.clip(CaseForms.line(f, null), 1000)).limit(100).toList()));
    }
}

package org.dudao.supervision;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dudao.notification.NoticeKind;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SendSupervisionNotice} (§6): records that the units were told and sends each target unit
 * and its supervising department the 督导通知 with date, team, scope and checklist. Not for random cases.
 */
@Component
class SendSupervisionNoticeDelegate implements JavaDelegate {

    private final SupervisionCaseService cases;
    private final CaseNotices notices;

    SendSupervisionNoticeDelegate(SupervisionCaseService cases, CaseNotices notices) {
        this.cases = cases;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = Ids.of(execution, CaseProcess.CASE_ID);
        CaseView c = cases.get(caseId);
        if (c.notifiedAt() == null) {
            c = cases.recordNotice(caseId);
        }
        String team = c.team().stream().map(m -> m.name() + (m.lead() ? "（组长）" : "")).collect(Collectors.joining("、"));
        StringBuilder message = new StringBuilder("督导日期：").append(c.scheduledOn());
        if (!team.isEmpty()) {
            message.append("；督导组：").append(team);
        }
        if (c.scope() != null) {
            message.append("；督导范围：").append(c.scope());
        }
        List<String> checklist = c.checklist() == null ? List.of()
                : c.checklist().lines().map(String::strip).filter(l -> !l.isEmpty()).limit(100)
                .map(l -> CaseNotices.clip(l, 1000)).toList();
        String text = CaseNotices.clip(message.toString(), 4000);
        notices.perUnit(c, c.targets(), NoticeKind.SUPERVISION_NOTICE, "supervision-notice:case-" + caseId, List.of(),
                (unit, notice) -> notice.findings(checklist).message(text));
    }
}

package org.dudao.supervision;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.dudao.inspector.InspectorService;
import org.dudao.inspector.InspectorService.InspectorView;
import org.dudao.inspector.InspectorStatus;
import org.dudao.shared.DomainException;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.supervision.SupervisionCaseService.PlanDetails;
import org.dudao.workflow.FormFields;
import org.dudao.workflow.FormListener;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/** {@code Task_DraftPlan}: scope, checklist, team (the first chosen leads) and date go on the case (§2, §6). */
@Component
class DraftPlanListener extends FormListener {

    private final SupervisionCaseService cases;
    private final InspectorService inspectors;

    DraftPlanListener(SupervisionCaseService cases, InspectorService inspectors) {
        this.cases = cases;
        this.inspectors = inspectors;
    }

    @Override
    protected void complete(DelegateTask task, FormFields form) {
        long caseId = Ids.of(task, CaseProcess.CASE_ID);
        String scope = form.requiredText("planScope", "督导范围");
        String checklist = form.requiredText("planChecklist", "督导清单");
        List<String> userIds = form.strings("teamUserIds");
        var date = form.requiredDate("planDate", "计划督导日期");
        if (userIds.isEmpty()) {
            throw DomainException.invalid("teamUserIds", "请选择督导组成员", "choose the inspection team");
        }
        List<Long> team = new ArrayList<>();
        for (String userId : userIds) {
            InspectorView inspector = inspectors.inspectorByUserId(userId)
                    .filter(i -> i.status() == InspectorStatus.ACTIVE)
                    .orElseThrow(() -> DomainException.invalid("teamUserIds", "不是在岗督学：" + userId,
                            "not an active inspector: " + userId));
            if (!team.contains(inspector.id())) {
                team.add(inspector.id());
            }
        }
        CaseView c = cases.get(caseId);
        cases.recordPlan(caseId, new PlanDetails(date, scope, checklist, team.get(0), team.subList(1, team.size()),
                c.majorMatter()));
    }
}

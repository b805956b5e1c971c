package org.dudao.escalation;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dudao.escalation.EscalationService.CircularDraft;
import org.dudao.rectification.FindingContext.Finding;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenCircular} (§13): a draft circular about the finding, addressed to 县委县政府 and 县教科体局党委
 * and counted in the performance assessment; the office revises it in the next task.
 */
@Component
class OpenCircularDelegate implements JavaDelegate {

    private final EscalationService escalation;
    private final EscalationLadder ladder;

    OpenCircularDelegate(EscalationService escalation, EscalationLadder ladder) {
        this.escalation = escalation;
        this.ladder = ladder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long findingId = Ids.of(execution, EscalationProcesses.FINDING_ID);
        Finding f = ladder.finding(findingId);
        String text = "关于" + f.unit().name() + "督导问题整改不力的通报（草稿）\n\n在“" + f.kase().title() + "”中，"
                + ladder.grounds(f) + "\n\n现予通报，通报结果纳入年度目标绩效考核。";
        List<String> recipients = EscalationProcesses.CIRCULAR_RECIPIENT_ORDER.stream()
                .map(EscalationProcesses.CIRCULAR_RECIPIENTS::get).toList();
        long id = escalation.draftCircular(f.kase().id(), findingId, new CircularDraft(f.unit().id(), text, recipients, true)).id();
        execution.setVariable(EscalationProcesses.CIRCULAR_ID, id);
    }
}

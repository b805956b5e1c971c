package org.dudao.escalation;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.dudao.escalation.EscalationService.InterviewRecord;
import org.dudao.workflow.FormFields;
import org.dudao.workflow.FormListener;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/** {@code Task_RecordInterview} (§12): when it was held, who took part, and the written record. */
@Component
class RecordInterviewListener extends FormListener {

    private final EscalationService escalation;

    RecordInterviewListener(EscalationService escalation) {
        this.escalation = escalation;
    }

    @Override
    protected void complete(DelegateTask task, FormFields form) {
        long interviewId = Ids.of(task, EscalationProcesses.INTERVIEW_ID);
        var heldOn = form.requiredDate("interviewDate", "约谈日期");
        String participants = form.requiredText("interviewParticipants", "参加人员");
        String record = form.requiredText("interviewRecord", "约谈记录");
        List<String> names = Arrays.stream(participants.split("[、,，;；\\n]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> s.length() > 100 ? s.substring(0, 100) : s).limit(50).toList();
        escalation.recordInterview(interviewId, new InterviewRecord(heldOn, names, record, null));
    }
}

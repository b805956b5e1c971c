package org.dudao.escalation;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.dudao.escalation.EscalationService.CircularChanges;
import org.dudao.shared.DomainException;
import org.dudao.workflow.FormFields;
import org.dudao.workflow.FormListener;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/** {@code Task_DraftCircular} (§13): the office's text and recipients of the circular. */
@Component
class DraftCircularListener extends FormListener {

    private final EscalationService escalation;

    DraftCircularListener(EscalationService escalation) {
        this.escalation = escalation;
    }

    @Override
    protected void complete(DelegateTask task, FormFields form) {
        long circularId = Ids.of(task, EscalationProcesses.CIRCULAR_ID);
        List<String> recipients = new ArrayList<>();
        for (String code : form.strings("circularRecipients")) {
            String name = EscalationProcesses.CIRCULAR_RECIPIENTS.get(code);
            if (name == null) {
                throw DomainException.invalid("circularRecipients", "通报对象无效：" + code, "unknown recipient: " + code);
            }
            recipients.add(name);
        }
        String text = form.requiredText("circularText", "通报正文");
        if (recipients.isEmpty()) {
            throw DomainException.invalid("circularRecipients", "请选择通报对象", "choose whom the circular goes to");
        }
        escalation.reviseCircular(circularId, new CircularChanges(text, recipients, true));
    }
}

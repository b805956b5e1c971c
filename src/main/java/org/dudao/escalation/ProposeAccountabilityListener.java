package org.dudao.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.dudao.escalation.EscalationService.AccountabilityChanges;
import org.dudao.escalation.EscalationService.PersonInput;
import org.dudao.workflow.FormFields;
import org.dudao.workflow.FormListener;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ProposeAccountability} (§14): measure, persons (one per line or separated by 、, each
 * optionally {@code 姓名（职务）}), grounds and referral; licence revocation only for a private school.
 */
@Component
class ProposeAccountabilityListener extends FormListener {

    private static final Pattern NAME_AND_POST = Pattern.compile("(.+?)[（(](.+)[）)]");

    private final EscalationService escalation;

    ProposeAccountabilityListener(EscalationService escalation) {
        this.escalation = escalation;
    }

    @Override
    protected void complete(DelegateTask task, FormFields form) {
        long accountabilityId = Ids.of(task, EscalationProcesses.ACCOUNTABILITY_ID);
        AccountabilityMeasure measure = EscalationProcesses.measure(form.requiredText("accountabilityMeasure", "问责措施"));
        String persons = form.requiredText("accountabilityPersons", "被问责人员");
        String reasons = form.requiredText("accountabilityReasons", "问责事由");
        Referral referral = EscalationProcesses.referral(form.decision(EscalationProcesses.REFERRAL));
        boolean privateSchool = Boolean.TRUE.equals(task.getVariable("privateSchool"));
        boolean licence = form.flag("licenceRevocation") && privateSchool;
        escalation.reviseAccountability(accountabilityId, new AccountabilityChanges(reasons, measure, persons(persons),
                referral, licence));
    }

    static List<PersonInput> persons(String text) {
        List<PersonInput> persons = new ArrayList<>();
        for (String part : text.split("[、,，;；\\n]+")) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            Matcher m = NAME_AND_POST.matcher(item);
            String name = m.matches() ? m.group(1).strip() : item;
            String post = m.matches() ? m.group(2).strip() : null;
            persons.add(new PersonInput(cut(name, 60), post == null ? null : cut(post, 100)));
        }
        return persons.size() > 50 ? persons.subList(0, 50) : persons;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}

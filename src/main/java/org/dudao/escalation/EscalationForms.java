package org.dudao.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.dudao.escalation.EscalationService.AccountabilityView;
import org.dudao.escalation.EscalationService.CircularView;
import org.dudao.escalation.EscalationService.InterviewView;
import org.dudao.rectification.FindingContext.Finding;
import org.dudao.rectification.RectificationForms;
import org.springframework.stereotype.Component;

/** What the interview, circular and accountability forms show and prefill. Never writes. */
@Component("escalationForms")
public class EscalationForms {

    private final EscalationService escalation;
    private final EscalationLadder ladder;
    private final RectificationForms rectificationForms;

    EscalationForms(EscalationService escalation, EscalationLadder ladder, RectificationForms rectificationForms) {
        this.escalation = escalation;
        this.ladder = ladder;
        this.rectificationForms = rectificationForms;
    }

    // ---- interview ----

    public String interviewLabel(long interviewId) {
        return ladder.finding(escalation.interview(interviewId).findingId()).label();
    }

    /** The finding and its ladder history; once approved, the date and the committee's comment. */
    public String interviewSummary(long interviewId) {
        InterviewView i = escalation.interview(interviewId);
        StringBuilder md = new StringBuilder("**约谈事由**：").append(i.reason()).append("\n\n");
        if (i.scheduledOn() != null) {
            md.append("**约谈日期**：").append(i.scheduledOn()).append("\n\n");
        }
        if (i.decisionComment() != null) {
            md.append("**委员会意见**：").append(i.decisionComment()).append("\n\n");
        }
        return md.append(rectificationForms.summary(i.findingId())).toString();
    }

    // ---- circular ----

    public String circularLabel(long circularId) {
        return ladder.finding(escalation.circular(circularId).findingId()).label();
    }

    public String circularSummary(long circularId) {
        CircularView c = escalation.circular(circularId);
        StringBuilder md = new StringBuilder("**通报对象**：").append(String.join("、", c.recipients())).append("\n\n");
        md.append("**通报正文**\n\n").append(c.text()).append("\n\n");
        if (c.decisionComment() != null) {
            md.append("**委员会意见**：").append(c.decisionComment()).append("\n\n");
        }
        return md.append(rectificationForms.summary(c.findingId())).toString();
    }

    /** The recipient codes chosen so far (a new circular: both). */
    public SpinJsonNode circularRecipients(long circularId) {
        CircularView c = escalation.circular(circularId);
        List<String> codes = new ArrayList<>();
        for (Map.Entry<String, String> entry : EscalationProcesses.CIRCULAR_RECIPIENTS.entrySet()) {
            if (c.recipients().contains(entry.getValue())) {
                codes.add(entry.getKey());
            }
        }
        codes.sort((a, b) -> EscalationProcesses.CIRCULAR_RECIPIENT_ORDER.indexOf(a)
                - EscalationProcesses.CIRCULAR_RECIPIENT_ORDER.indexOf(b));
        return Spin.JSON(codes);
    }

    public String circularText(long circularId) {
        return escalation.circular(circularId).text();
    }

    // ---- accountability ----

    public String accountabilityLabel(long accountabilityId) {
        return ladder.finding(escalation.accountability(accountabilityId).findingId()).label();
    }

    /** The finding, its ladder history, the current proposal and the committee's last comment. */
    public String accountabilitySummary(long accountabilityId) {
        AccountabilityView a = escalation.accountability(accountabilityId);
        StringBuilder md = new StringBuilder();
        md.append("**问责事由**：").append(a.grounds()).append("\n\n");
        if (a.measure() != null) {
            md.append("**问责措施**：").append(a.measureLabel()).append("\n\n");
        }
        if (!a.persons().isEmpty()) {
            md.append("**被问责人员**：").append(a.persons().stream()
                    .map(p -> p.name() + (p.post() == null ? "" : "（" + p.post() + "）")).collect(Collectors.joining("、"))).append("\n\n");
        }
        md.append("**移送**：").append(a.referralLabel()).append("\n\n");
        if (a.revokeLicence()) {
            md.append("**建议吊销办学许可证**\n\n");
        }
        if (a.decisionText() != null) {
            md.append("**委员会意见**：").append(a.decisionText()).append("\n\n");
        }
        return md.append(rectificationForms.summary(a.findingId())).toString();
    }

    public Boolean privateSchool(long accountabilityId) {
        Finding f = ladder.finding(escalation.accountability(accountabilityId).findingId());
        return f.privateSchool();
    }

    public String accountabilityMeasure(long accountabilityId) {
        return EscalationProcesses.measureCode(escalation.accountability(accountabilityId).measure());
    }

    public String accountabilityPersons(long accountabilityId) {
        AccountabilityView a = escalation.accountability(accountabilityId);
        return a.persons().isEmpty() ? null : a.persons().stream()
                .map(p -> p.name() + (p.post() == null ? "" : "（" + p.post() + "）")).collect(Collectors.joining("\n"));
    }

    public String accountabilityReasons(long accountabilityId) {
        return escalation.accountability(accountabilityId).grounds();
    }

    /** The current proposal; initially what the decision table proposed. */
    public Boolean licenceRevocation(long accountabilityId) {
        return escalation.accountability(accountabilityId).revokeLicence();
    }

    /** The current referral code; initially {@code NONE}. */
    public String referral(long accountabilityId) {
        return EscalationProcesses.referralCode(escalation.accountability(accountabilityId).referral());
    }
}

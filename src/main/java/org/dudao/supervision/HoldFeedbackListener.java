package org.dudao.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;
import org.dudao.shared.DomainException;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.supervision.SupervisionCaseService.Feedback;
import org.dudao.supervision.SupervisionCaseService.FindingView;
import org.dudao.workflow.FormFields;
import org.dudao.workflow.FormListener;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/**
 * {@code Task_HoldFeedback} (§8): records how and when the results were fed back and, finding by finding,
 * the rectification requirement and deadline (none: the decision table's report deadline applies). For a
 * major matter the discipline bodies are recorded as invited.
 */
@Component
class HoldFeedbackListener extends FormListener {

    private final SupervisionCaseService cases;

    HoldFeedbackListener(SupervisionCaseService cases) {
        this.cases = cases;
    }

    @Override
    protected void complete(DelegateTask task, FormFields form) {
        long caseId = Ids.of(task, CaseProcess.CASE_ID);
        String method = form.requiredText("feedbackMethod", "反馈方式");
        LocalDate date = form.requiredDate("feedbackDate", "反馈日期");
        String participants = form.text("feedbackParticipants");
        List<SpinJsonNode> items = form.objects("feedbackItems");
        String notes = form.text("feedbackNotes");
        FeedbackForm feedbackForm;
        try {
            feedbackForm = FeedbackForm.valueOf(method);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("feedbackMethod", "反馈方式无效：" + method, "unknown feedback method: " + method);
        }
        Map<Long, FindingView> open = cases.findings(caseId).stream().filter(f -> f.status() != FindingStatus.RESOLVED)
                .collect(Collectors.toMap(FindingView::id, Function.identity()));
        for (SpinJsonNode item : items) {
            String id = FormFields.text(item, "findingId");
            FindingView finding = id == null || !id.matches("\\d+") ? null : open.get(Long.parseLong(id));
            if (finding == null) {
                throw DomainException.invalid("feedbackItems", "不是本案件待整改的问题：" + id, "not an open finding of this case: " + id);
            }
            String requirement = FormFields.text(item, "requirement");
            if (requirement == null) {
                throw DomainException.invalid("feedbackItems", "第 " + finding.itemNo() + " 项问题缺少整改要求",
                        "finding " + finding.itemNo() + " has no requirement");
            }
            cases.requireRectification(finding.id(), requirement, deadline(FormFields.text(item, "deadline"), finding));
        }
        for (FindingView finding : cases.findings(caseId)) {
            if (finding.status() != FindingStatus.RESOLVED && finding.requirement() == null) {
                throw DomainException.invalid("feedbackItems", "第 " + finding.itemNo() + " 项问题缺少整改要求",
                        "finding " + finding.itemNo() + " has no requirement");
            }
        }
        CaseView c = cases.get(caseId);
        StringBuilder text = new StringBuilder();
        if (feedbackForm == FeedbackForm.MEETING && participants != null) {
            text.append("参加人员：").append(participants);
        }
        if (notes != null) {
            text.append(text.isEmpty() ? "" : "\n\n").append(notes);
        }
        Set<InvitedBody> invited = c.majorMatter() ? EnumSet.allOf(InvitedBody.class) : Set.of();
        cases.recordFeedback(caseId, new Feedback(feedbackForm, date, text.isEmpty() ? null : text.toString(), invited));
    }

    private static LocalDate deadline(String text, FindingView finding) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("feedbackItems", "第 " + finding.itemNo() + " 项的整改期限不是日期：" + text,
                    "finding " + finding.itemNo() + ": not a date: " + text);
        }
    }
}

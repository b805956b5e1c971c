package org.dudao.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dudao.notification.NoticeKind;
import org.dudao.rectification.FindingContext;
import org.dudao.rectification.FindingContext.Finding;
import org.dudao.rectification.FindingNotices;
import org.dudao.rectification.RectificationProcess;
import org.dudao.rectification.RectificationService.RectificationView;
import org.dudao.supervision.LadderRung;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/**
 * {@code Task_IssueUrgingNotice} (§9): after every ladder step the unit and its supervising department get
 * the 督办通知 with the new deadline and the step taken; after a first rejection (rung {@code NONE}) the
 * verification result asks for the report again. Keys count the steps (or rejections), so a retried job
 * finds its notice and a later step gets a new one.
 */
@Component
class IssueUrgingNoticeDelegate implements JavaDelegate {

    private final FindingContext findings;
    private final FindingNotices notices;

    IssueUrgingNoticeDelegate(FindingContext findings, FindingNotices notices) {
        this.findings = findings;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long findingId = Ids.of(execution, RectificationProcess.FINDING_ID);
        String rung = (String) execution.getVariable(RectificationProcess.RUNG);
        String trigger = (String) execution.getVariable(RectificationProcess.TRIGGER);
        Finding f = findings.of(findingId);
        RectificationView r = f.requireRectification();
        if ("NONE".equals(rung)) {
            notices.issue(notices.about(f, NoticeKind.VERIFICATION_RESULT,
                                    "resubmit:finding-" + findingId + ":rejection-" + r.rejectionCount())
                            .deadline(r.reportDue())
                            .message("整改验收未通过，请继续整改并重新报送整改报告。验收意见：" + r.verificationComment()),
                    notices.recipients().unitAndSupervisor(f.unit().id()), f.unit().name());
            return;
        }
        LadderRung step = LadderRung.valueOf(rung);
        String taken = switch (step) {
            case URGING -> "现予督办。";
            case INTERVIEW -> "已对你单位有关负责人进行约谈程序，现再次督办。";
            case CIRCULAR -> "已按程序予以通报，现再次督办。";
            case ACCOUNTABILITY -> "已按程序启动问责，现再次督办。";
            case NONE -> "";
        };
        notices.issue(notices.about(f, NoticeKind.URGING_NOTICE, "urging:finding-" + findingId + ":step-" + r.urgingCount())
                        .deadline(r.currentDue())
                        .message("原因：" + RectificationProcess.triggerLabel(trigger) + "。" + taken
                                + "请于期限前报送" + (RectificationProcess.PLAN_OVERDUE.equals(trigger) ? "整改方案。" : "整改报告。")),
                notices.recipients().unitAndSupervisor(f.unit().id()), f.unit().name());
    }
}

package org.dudao.rectification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dudao.notification.NoticeKind;
import org.dudao.rectification.FindingContext.Finding;
import org.dudao.rectification.RectificationService.RectificationView;
import org.dudao.shared.DomainException;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CloseRectification}: the finding is rectified (销号 — the accepted verification resolved it) and
 * the unit and its supervising department get the verification result. One notice per round.
 */
@Component
class CloseRectificationDelegate implements JavaDelegate {

    private final FindingContext findings;
    private final FindingNotices notices;

    CloseRectificationDelegate(FindingContext findings, FindingNotices notices) {
        this.findings = findings;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long findingId = Ids.of(execution, RectificationProcess.FINDING_ID);
        Finding f = findings.of(findingId);
        RectificationView r = f.requireRectification();
        if (r.stage() != RectificationStage.ACCEPTED) {
            throw DomainException.conflict("stage", "整改尚未验收通过", "the rectification is not accepted");
        }
        String key = "verification:finding-" + findingId + ":accepted:round-" + r.reopenCount();
        notices.issue(notices.about(f, NoticeKind.VERIFICATION_RESULT, key)
                        .message("整改验收通过，该问题予以销号。" + (r.verificationComment() == null ? "" : "验收意见：" + r.verificationComment())),
                notices.recipients().unitAndSupervisor(f.unit().id()), f.unit().name());
    }
}

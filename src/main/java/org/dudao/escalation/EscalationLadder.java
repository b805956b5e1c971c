package org.dudao.escalation;

import org.dudao.rectification.FindingContext;
import org.dudao.rectification.FindingContext.Finding;
import org.dudao.rectification.FindingNotices;
import org.dudao.rectification.RectificationService.RectificationView;
import org.springframework.stereotype.Component;

/** Why a finding is on the ladder, in words, for the records the ladder opens (interview, circular, accountability). */
@Component
class EscalationLadder {

    private final FindingContext findings;

    EscalationLadder(FindingContext findings) {
        this.findings = findings;
    }

    Finding finding(long findingId) {
        return findings.of(findingId);
    }

    /** e.g. 问题“【严重】安全稳定 — 消防通道堵塞”未按要求整改到位：已督办或升级 1 次、逾期 2 次、验收未通过 0 次。 */
    String grounds(Finding f) {
        RectificationView r = f.requireRectification();
        return FindingNotices.clip("问题“" + f.line() + "”未按要求整改到位：已督办或升级 " + r.urgingCount() + " 次、逾期 "
                + r.overdueCount() + " 次、验收未通过 " + r.rejectionCount() + " 次。整改要求：" + r.requirement(), 4000);
    }
}

package org.dudao.rectification;

import org.dudao.rectification.FindingContext.Finding;
import org.dudao.rectification.RectificationService.HistoryView;
import org.dudao.rectification.RectificationService.RectificationView;
import org.springframework.stereotype.Component;

/** What the rectification forms show and prefill. Never writes. */
@Component("rectificationForms")
public class RectificationForms {

    /** Separates what the unit wrote from the details the listener appends (who, when, evidence). */
    static final String DETAILS = "\n\n——\n";

    private final FindingContext findings;

    RectificationForms(FindingContext findings) {
        this.findings = findings;
    }

    /** Unit, case, the finding, requirement, deadlines, ladder steps so far and the last verification comment. */
    public String summary(long findingId) {
        Finding f = findings.of(findingId);
        StringBuilder md = new StringBuilder();
        md.append("**").append(f.unit().name()).append("** · ").append(f.kase().title()).append("（案件编号 ")
                .append(f.kase().id()).append("）\n\n");
        md.append("- 问题：").append(f.line()).append('\n');
        if (f.finding().basis() != null) {
            md.append("- 依据：").append(f.finding().basis()).append('\n');
        }
        f.rectification().ifPresentOrElse(r -> {
            md.append("- 整改要求：").append(r.requirement()).append('\n');
            md.append("- 整改方案期限：").append(r.planDue()).append("　整改报告期限：").append(r.reportDue()).append('\n');
            md.append("- 当前阶段：").append(r.stageLabel());
            if (r.urgingCount() > 0) {
                md.append("　已督办/升级 ").append(r.urgingCount()).append(" 次");
            }
            if (r.rejectionCount() > 0) {
                md.append("　验收未通过 ").append(r.rejectionCount()).append(" 次");
            }
            md.append('\n');
            ladder(md, r);
            if (r.verificationComment() != null) {
                md.append("\n**最近一次验收意见**：").append(r.verificationComment()).append('\n');
            }
        }, () -> {
            if (f.finding().requirement() != null) {
                md.append("- 整改要求：").append(f.finding().requirement()).append('\n');
            }
        });
        return md.toString();
    }

    /** The plan submitted before, for a redraft; null if none. */
    public String planText(long findingId) {
        return findings.of(findingId).rectification().map(RectificationView::planText).map(RectificationForms::ownText).orElse(null);
    }

    /** The last report, shown to the verifier and prefilled on resubmission; null if none. */
    public String reportText(long findingId) {
        return findings.of(findingId).rectification().map(RectificationView::reportText).map(RectificationForms::ownText).orElse(null);
    }

    static String ownText(String text) {
        int details = text.indexOf(DETAILS);
        return details < 0 ? text : text.substring(0, details);
    }

    private static void ladder(StringBuilder md, RectificationView r) {
        boolean any = false;
        for (HistoryView h : r.history()) {
            if (h.kind() == HistoryKind.URGED || h.kind() == HistoryKind.OVERDUE || h.kind() == HistoryKind.REJECTED) {
                if (!any) {
                    md.append("\n**督办与升级记录**\n\n");
                    any = true;
                }
                md.append("- ").append(h.at().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate()).append(' ')
                        .append(switch (h.kind()) {
                            case URGED -> "督办/升级" + (h.dueAfter() == null ? "" : "，新期限 " + h.dueAfter());
                            case OVERDUE -> "逾期" + (h.dueBefore() == null ? "" : "（期限 " + h.dueBefore() + "）");
                            default -> "验收未通过";
                        })
                        .append(h.note() == null || h.kind() != HistoryKind.URGED ? "" : "：" + h.note()).append('\n');
            }
        }
    }
}

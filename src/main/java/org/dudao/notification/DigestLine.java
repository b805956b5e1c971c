package org.dudao.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * One line of the daily digest.
 *
 * @param caseId     the case, if any
 * @param caseTitle  its title
 * @param unitName   the unit concerned
 * @param item       what is overdue, e.g. 整改方案未按期报送
 * @param deadline   the deadline that passed (or is near)
 * @param nextStep   what escalates next, e.g. 督办通知, 约谈
 * @param nextStepOn when that happens, if known
 */
public record DigestLine(Long caseId, String caseTitle, String unitName, String item, LocalDate deadline,
                         String nextStep, LocalDate nextStepOn) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** The line as the digest prints it, e.g. 三溪镇中心小学｜2026年春季综合督导｜整改方案未按期报送（期限 2026年11月20日，逾期 6 天）→ 下一步：督办通知（2026年11月27日）. */
    String text(LocalDate day) {
        StringBuilder text = new StringBuilder();
        if (unitName != null) {
            text.append(unitName).append("｜");
        }
        if (caseTitle != null) {
            text.append(caseTitle).append("｜");
        }
        text.append(item == null ? "" : item);
        if (deadline != null) {
            long overdue = ChronoUnit.DAYS.between(deadline, day);
            text.append("（期限 ").append(DATE.format(deadline));
            text.append(overdue > 0 ? "，逾期 " + overdue + " 天）" : overdue == 0 ? "，今日到期）" : "，还有 " + -overdue + " 天）");
        }
        if (nextStep != null) {
            text.append(" → 下一步：").append(nextStep);
            if (nextStepOn != null) {
                text.append("（").append(DATE.format(nextStepOn)).append("）");
            }
        }
        return text.length() <= 1000 ? text.toString() : text.substring(0, 999) + "…";
    }
}

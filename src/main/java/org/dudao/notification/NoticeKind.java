package org.dudao.notification;

/**
 * What a notice is. Formal kinds are official documents: they get a document number (文号) and a
 * PDF that goes with the email and can be downloaded.
 */
public enum NoticeKind {

    SUPERVISION_NOTICE("督导通知", null),
    DEADLINE_REMINDER("到期提醒", null),
    URGING_NOTICE("督办通知", "督办通知书"),
    INTERVIEW_NOTICE("约谈通知", "约谈通知书"),
    CIRCULAR("通报", "通报"),
    ACCOUNTABILITY_DECISION("问责决定", "问责决定书"),
    VERIFICATION_RESULT("整改核查结果", null),
    FEEDBACK_INVITATION("督导反馈会议邀请", null),
    FEEDBACK_NOTICE("督导反馈意见", "督导反馈意见书"),
    REPORT_PUBLICATION("督导报告公开", null),
    COMMENDATION("督导表扬", null),
    INTERVIEW_FILING("约谈记录备案", null),
    REFERRAL("问题移送", "问题线索移送函"),
    DIGEST("每日汇总", null);

    private final String label;
    private final String documentTitle;

    NoticeKind(String label, String documentTitle) {
        this.label = label;
        this.documentTitle = documentTitle;
    }

    /** The Chinese name, e.g. 督办通知. */
    public String label() {
        return label;
    }

    /** The title of the formal document, e.g. 督办通知书; null for kinds that are mail only. */
    public String documentTitle() {
        return documentTitle;
    }

    public boolean formal() {
        return documentTitle != null;
    }

    /** The name of this kind's templates, e.g. urging-notice. */
    String templateName() {
        return name().toLowerCase().replace('_', '-');
    }
}

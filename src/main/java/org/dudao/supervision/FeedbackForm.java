package org.dudao.supervision;

/** How results are fed back (§8). */
public enum FeedbackForm {
    MEETING("督导反馈会议"),
    WRITTEN_NOTICE("书面通知");

    private final String label;

    FeedbackForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.dudao.rectification;

/** What happened to a rectification; its history keeps every step, including rejections and resubmissions. */
public enum HistoryKind {
    OPENED, REQUIREMENT_CHANGED, PLAN_SUBMITTED, REPORT_SUBMITTED, REJECTED, ACCEPTED, EXTENDED, URGED, OVERDUE, REOPENED,
    /** Deadlines set anew: a new round after a relapse, or a report returned for resubmission. */
    RESCHEDULED
}

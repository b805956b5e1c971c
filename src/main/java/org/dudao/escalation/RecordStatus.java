package org.dudao.escalation;

/**
 * The states of ladder records: an interview is proposed, then scheduled (approved) or rejected, then held;
 * a circular drafted, then issued or dropped; accountability proposed, then decided or rejected.
 */
public enum RecordStatus {
    SCHEDULED, HELD, DRAFT, ISSUED, PROPOSED, DECIDED, REJECTED, DROPPED
}

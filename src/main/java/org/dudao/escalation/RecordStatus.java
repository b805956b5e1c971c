package org.dudao.escalation;

/** The states of ladder records: an interview is scheduled then held; a circular drafted then issued; accountability proposed then decided or rejected. */
public enum RecordStatus {
    SCHEDULED, HELD, DRAFT, ISSUED, PROPOSED, DECIDED, REJECTED
}

package org.dudao.audit;

/** An entity that belongs to a supervision case: its audit entries carry the case id. */
public interface CaseLinked {

    /** The id of the case this entity belongs to (for a case itself, its own id). */
    Long auditCaseId();
}

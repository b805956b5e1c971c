package org.dudao.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One audited write; rows are inserted by {@link AuditListener} only and never change. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    private Long id;
    private Instant happenedAt;
    private String actor;
    private String entityType;
    private Long entityId;
    private String action;
    private Long caseId;
    @Column(columnDefinition = "text")
    private String changes;

    protected AuditEntry() {
    }

    Long getId() {
        return id;
    }

    Instant getHappenedAt() {
        return happenedAt;
    }

    String getActor() {
        return actor;
    }

    String getEntityType() {
        return entityType;
    }

    Long getEntityId() {
        return entityId;
    }

    String getAction() {
        return action;
    }

    Long getCaseId() {
        return caseId;
    }

    String getChanges() {
        return changes;
    }
}

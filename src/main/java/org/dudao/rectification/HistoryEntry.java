package org.dudao.rectification;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.dudao.audit.CaseLinked;

/** One step in a rectification's history. */
@Entity
@Table(name = "rectification_event")
class HistoryEntry implements CaseLinked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rectification_id")
    private Rectification rectification;
    @Enumerated(EnumType.STRING)
    private HistoryKind kind;
    private Instant happenedAt;
    private String actor;
    @Column(columnDefinition = "text")
    private String note;
    private LocalDate dueBefore;
    private LocalDate dueAfter;

    protected HistoryEntry() {
    }

    HistoryEntry(Rectification rectification, HistoryKind kind, String actor, String note, LocalDate dueBefore,
                 LocalDate dueAfter) {
        this.rectification = rectification;
        this.kind = kind;
        this.happenedAt = Instant.now();
        this.actor = actor;
        this.note = note;
        this.dueBefore = dueBefore;
        this.dueAfter = dueAfter;
    }

    @Override
    public Long auditCaseId() {
        return rectification.getCaseId();
    }

    Long getId() {
        return id;
    }

    HistoryKind getKind() {
        return kind;
    }

    Instant getHappenedAt() {
        return happenedAt;
    }

    String getActor() {
        return actor;
    }

    String getNote() {
        return note;
    }

    LocalDate getDueBefore() {
        return dueBefore;
    }

    LocalDate getDueAfter() {
        return dueAfter;
    }

    @Override
    public String toString() {
        return "HistoryEntry " + id + " " + kind;
    }
}

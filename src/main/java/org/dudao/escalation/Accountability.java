package org.dudao.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.dudao.shared.DomainException;

/**
 * An accountability decision (问责, §14): measure, persons, referral to 纪检监察 or 公安 and, for a
 * private school, revocation of its licence. Proposed by the office, decided by the committee.
 */
@Entity
@Table(name = "accountability")
class Accountability extends LadderRecord {

    @Column(columnDefinition = "text")
    private String grounds;
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_measure")
    private AccountabilityMeasure measure;
    private Instant referredAt;
    @Enumerated(EnumType.STRING)
    private Referral referral;
    private boolean revokeLicence;
    @Column(columnDefinition = "text")
    private String decisionText;
    private String decidedBy;
    private Instant decidedAt;
    private boolean published;

    @ElementCollection
    @CollectionTable(name = "accountability_person", joinColumns = @JoinColumn(name = "accountability_id"))
    @OrderColumn(name = "seq")
    private List<Person> persons = new ArrayList<>();

    protected Accountability() {
    }

    Accountability(Long caseId, Long unitId, String grounds, AccountabilityMeasure measure, Referral referral,
                   boolean revokeLicence, List<Person> persons, String createdBy) {
        super(caseId, unitId, RecordStatus.PROPOSED, createdBy);
        this.grounds = grounds;
        this.measure = measure;
        this.referral = referral;
        this.revokeLicence = revokeLicence;
        this.persons.addAll(persons);
    }

    /** Opened by the escalation ladder for one finding; the office completes the proposal before the committee decides. */
    static Accountability opened(Long caseId, Long unitId, Long findingId, String grounds, boolean revokeLicence,
                                 String createdBy) {
        Accountability a = new Accountability(caseId, unitId, grounds, null, Referral.NONE, revokeLicence, List.of(), createdBy);
        a.concern(findingId);
        return a;
    }

    /** The office's (revised) proposal, while it is not decided. */
    void revise(String grounds, AccountabilityMeasure measure, Referral referral, boolean revokeLicence, List<Person> persons) {
        requireProposed();
        this.grounds = grounds;
        this.measure = measure;
        this.referral = referral;
        this.revokeLicence = revokeLicence;
        this.persons.clear();
        this.persons.addAll(persons);
    }

    /** The committee sends the proposal back; the comment is kept for the next draft. */
    void returnForRevision(String comment) {
        requireProposed();
        this.decisionText = comment;
    }

    /** The matter was referred (§14) to discipline inspection or the police, as recorded. */
    void refer() {
        if (getStatus() != RecordStatus.DECIDED || referral == Referral.NONE) {
            throw DomainException.conflict("referral", "只有决定移送的问责才能移送", "only a decided accountability with a referral can be referred");
        }
        this.referredAt = Instant.now();
    }

    private void requireProposed() {
        if (getStatus() != RecordStatus.PROPOSED) {
            throw DomainException.conflict("status", "问责建议已决定", "the proposal is decided already");
        }
    }

    void decide(boolean approved, String decisionText, String by) {
        requireProposed();
        if (approved && measure == null) {
            throw DomainException.conflict("measure", "问责建议尚未提出问责措施", "the proposal names no measure yet");
        }
        moveTo(approved ? RecordStatus.DECIDED : RecordStatus.REJECTED);
        this.decisionText = decisionText;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
    }

    /** Results are made public (§14) once decided. */
    void publish() {
        if (getStatus() != RecordStatus.DECIDED) {
            throw DomainException.conflict("status", "只有已决定的问责才能公开", "only a decided accountability can be published");
        }
        if (published) {
            throw DomainException.conflict("status", "问责结果已公开", "the result is published already");
        }
        this.published = true;
    }

    String getGrounds() {
        return grounds;
    }

    AccountabilityMeasure getMeasure() {
        return measure;
    }

    Referral getReferral() {
        return referral;
    }

    boolean isRevokeLicence() {
        return revokeLicence;
    }

    String getDecisionText() {
        return decisionText;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    boolean isPublished() {
        return published;
    }

    Instant getReferredAt() {
        return referredAt;
    }

    List<Person> getPersons() {
        return persons;
    }
}

package org.dudao.inspector;

import java.time.LocalDate;

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

/** One appointment term of an inspector. */
@Entity
@Table(name = "inspector_term")
class Term {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspector_id")
    private Inspector inspector;
    @Enumerated(EnumType.STRING)
    private Employment employment;
    private LocalDate startDate;
    private LocalDate endDate;
    private String appointedBy;

    protected Term() {
    }

    Term(Inspector inspector, Employment employment, LocalDate startDate, LocalDate endDate, String appointedBy) {
        this.inspector = inspector;
        this.employment = employment;
        this.startDate = startDate;
        this.endDate = endDate;
        this.appointedBy = appointedBy;
    }

    boolean overlaps(LocalDate start, LocalDate end) {
        LocalDate myEnd = endDate == null ? LocalDate.MAX : endDate;
        LocalDate otherEnd = end == null ? LocalDate.MAX : end;
        return !start.isAfter(myEnd) && !startDate.isAfter(otherEnd);
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }

    Long getId() {
        return id;
    }

    Employment getEmployment() {
        return employment;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    String getAppointedBy() {
        return appointedBy;
    }

    @Override
    public String toString() {
        return "Term " + id + " " + employment + " " + startDate + ".." + endDate;
    }
}

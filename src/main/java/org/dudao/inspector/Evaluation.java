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

/** A periodic evaluation of an inspector's duty and integrity (§16); one per period. */
@Entity
@Table(name = "inspector_evaluation")
class Evaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspector_id")
    private Inspector inspector;
    private String period;
    @Enumerated(EnumType.STRING)
    private EvaluationGrade grade;
    private LocalDate evaluatedOn;
    private String remark;

    protected Evaluation() {
    }

    Evaluation(Inspector inspector, String period, EvaluationGrade grade, LocalDate evaluatedOn, String remark) {
        this.inspector = inspector;
        this.period = period;
        this.grade = grade;
        this.evaluatedOn = evaluatedOn;
        this.remark = remark;
    }

    Long getId() {
        return id;
    }

    String getPeriod() {
        return period;
    }

    EvaluationGrade getGrade() {
        return grade;
    }

    LocalDate getEvaluatedOn() {
        return evaluatedOn;
    }

    String getRemark() {
        return remark;
    }

    @Override
    public String toString() {
        return "Evaluation " + id + " " + period + " " + grade;
    }
}

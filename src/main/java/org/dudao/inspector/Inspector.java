package org.dudao.inspector;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.dudao.shared.DomainException;

/**
 * An inspector (督学) on the county roster, with appointment terms, trainings and evaluations.
 * The aggregate keeps the term rules of §15 itself.
 */
@Entity
@Table(name = "inspector")
class Inspector {

    /** A part-time term lasts exactly this long (§15). */
    static final int PART_TIME_TERM_YEARS = 3;
    /** At most this many part-time terms in a row (§15). */
    static final int MAX_CONSECUTIVE_PART_TIME_TERMS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private Long version;
    private String name;
    private String userId;
    @Enumerated(EnumType.STRING)
    private Employment employment;
    @Enumerated(EnumType.STRING)
    private DutyKind duty;
    @Enumerated(EnumType.STRING)
    private InspectorStatus status;
    private String phone;
    private String email;
    private boolean expert;
    private String background;
    private LocalDate dismissedOn;
    private String dismissalReason;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "inspector_speciality", joinColumns = @JoinColumn(name = "inspector_id"))
    @Column(name = "speciality")
    private Set<String> specialities = new TreeSet<>();

    @OneToMany(mappedBy = "inspector", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startDate")
    private List<Term> terms = new ArrayList<>();

    @OneToMany(mappedBy = "inspector", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("heldOn")
    private List<Training> trainings = new ArrayList<>();

    @OneToMany(mappedBy = "inspector", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("period")
    private List<Evaluation> evaluations = new ArrayList<>();

    protected Inspector() {
    }

    Inspector(String name, String userId, Employment employment, DutyKind duty) {
        this.name = name;
        this.userId = userId;
        this.employment = employment;
        this.duty = duty;
        this.status = InspectorStatus.ACTIVE;
        this.createdAt = Instant.now();
    }

    void describe(String name, Employment employment, DutyKind duty, String phone, String email, boolean expert,
                  Set<String> specialities, String background) {
        this.name = name;
        this.employment = employment;
        this.duty = duty;
        this.phone = phone;
        this.email = email;
        this.expert = expert;
        this.specialities.clear();
        this.specialities.addAll(specialities);
        this.background = background;
    }

    /**
     * Appoints for another term. A part-time term is exactly 3 years (ending the day before its 3rd anniversary,
     * computed when not given); terms never overlap; a part-time inspector serves at most 3
     * consecutive terms (the next one starting the day after the last ends).
     */
    Term appoint(LocalDate start, LocalDate end, String appointedBy) {
        requireActive();
        if (employment == Employment.PART_TIME) {
            LocalDate expected = partTimeTermEnd(start);
            if (end == null) {
                end = expected;
            } else if (!end.equals(expected)) {
                throw DomainException.invalid("endDate",
                        "兼职督学任期为 3 年：" + start + " 起的任期应于 " + expected + " 结束",
                        "a part-time term lasts 3 years: a term from " + start + " ends on " + expected);
            }
        }
        if (end != null && end.isBefore(start)) {
            throw DomainException.invalid("endDate", "任期结束日期早于开始日期", "the term ends before it starts");
        }
        for (Term term : terms) {
            if (term.overlaps(start, end)) {
                throw DomainException.conflict("startDate", "与已有任期重叠：" + term.getStartDate() + " 至 "
                        + (term.getEndDate() == null ? "今" : term.getEndDate()),
                        "overlaps the term " + term.getStartDate() + " to "
                                + (term.getEndDate() == null ? "open end" : term.getEndDate()));
            }
        }
        Term term = new Term(this, employment, start, end, appointedBy);
        if (employment == Employment.PART_TIME) {
            List<Term> partTime = new ArrayList<>(terms.stream().filter(t -> t.getEmployment() == Employment.PART_TIME).toList());
            partTime.add(term);
            partTime.sort(Comparator.comparing(Term::getStartDate));
            int run = 1;
            for (int i = 1; i < partTime.size(); i++) {
                LocalDate previousEnd = partTime.get(i - 1).getEndDate();
                boolean consecutive = previousEnd != null && previousEnd.plusDays(1).equals(partTime.get(i).getStartDate());
                run = consecutive ? run + 1 : 1;
                if (run > MAX_CONSECUTIVE_PART_TIME_TERMS) {
                    throw DomainException.conflict("startDate",
                            "兼职督学连续任职不得超过 3 个任期（§15），不能再连续聘任第 4 个任期",
                            "a part-time inspector may serve at most 3 consecutive terms (§15); a 4th consecutive term is refused");
                }
            }
        }
        terms.add(term);
        terms.sort(Comparator.comparing(Term::getStartDate));
        return term;
    }

    /** The day before the term's 3rd anniversary; a term from 29 February has its anniversary on 1 March. */
    static LocalDate partTimeTermEnd(LocalDate start) {
        LocalDate anniversary = start.plusYears(PART_TIME_TERM_YEARS);
        if (start.getMonthValue() == 2 && start.getDayOfMonth() == 29 && anniversary.getDayOfMonth() == 28) {
            anniversary = anniversary.plusDays(1);
        }
        return anniversary.minusDays(1);
    }

    Training train(LocalDate heldOn, String title, Integer hours, String provider) {
        Training training = new Training(this, heldOn, title, hours, provider);
        trainings.add(training);
        return training;
    }

    Evaluation evaluate(String period, EvaluationGrade grade, LocalDate evaluatedOn, String remark) {
        if (evaluations.stream().anyMatch(e -> e.getPeriod().equals(period))) {
            throw DomainException.conflict("period", "该考核期已有考核结果：" + period,
                    "this period is evaluated already: " + period);
        }
        Evaluation evaluation = new Evaluation(this, period, grade, evaluatedOn, remark);
        evaluations.add(evaluation);
        return evaluation;
    }

    void dismiss(LocalDate on, String reason) {
        requireActive();
        this.status = InspectorStatus.DISMISSED;
        this.dismissedOn = on;
        this.dismissalReason = reason;
    }

    void requireActive() {
        if (status != InspectorStatus.ACTIVE) {
            throw DomainException.conflict("inspectorId", "督学已解聘，不能再安排工作：" + name,
                    "the inspector is dismissed and cannot be assigned: " + name);
        }
    }

    /** The term in force on a day, if any. */
    Term termOn(LocalDate day) {
        return terms.stream().filter(t -> t.covers(day)).findFirst().orElse(null);
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    String getName() {
        return name;
    }

    String getUserId() {
        return userId;
    }

    Employment getEmployment() {
        return employment;
    }

    DutyKind getDuty() {
        return duty;
    }

    InspectorStatus getStatus() {
        return status;
    }

    String getPhone() {
        return phone;
    }

    String getEmail() {
        return email;
    }

    boolean isExpert() {
        return expert;
    }

    String getBackground() {
        return background;
    }

    LocalDate getDismissedOn() {
        return dismissedOn;
    }

    String getDismissalReason() {
        return dismissalReason;
    }

    Set<String> getSpecialities() {
        return specialities;
    }

    List<Term> getTerms() {
        return terms;
    }

    List<Training> getTrainings() {
        return trainings;
    }

    List<Evaluation> getEvaluations() {
        return evaluations;
    }

    @Override
    public String toString() {
        return "Inspector " + id + " " + name;
    }
}

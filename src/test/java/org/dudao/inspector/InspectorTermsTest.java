package org.dudao.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.dudao.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The term rules of §15, kept by the Inspector aggregate itself. */
class InspectorTermsTest {

    static Inspector partTime() {
        return new Inspector("兼职督学", null, Employment.PART_TIME, DutyKind.SCHOOL);
    }

    static HttpStatus status(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.status();
        }
        return HttpStatus.OK;
    }

    @Test
    void aPartTimeTermEndsThreeYearsLessADayAfterItStarts() {
        Inspector inspector = partTime();
        Term term = inspector.appoint(LocalDate.of(2024, 2, 29), null, "县政府");
        assertThat(term.getEndDate()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(Inspector.partTimeTermEnd(LocalDate.of(2025, 3, 1))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Inspector.partTimeTermEnd(LocalDate.of(2021, 9, 1))).isEqualTo(LocalDate.of(2024, 8, 31));
        assertThat(status(() -> inspector.appoint(LocalDate.of(2030, 1, 1), LocalDate.of(2033, 1, 1), null)))
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status(() -> inspector.appoint(LocalDate.of(2030, 1, 1), LocalDate.of(2032, 12, 31), null)))
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aFourthConsecutivePartTimeTermIsAConflictButABreakStartsAfresh() {
        Inspector inspector = partTime();
        inspector.appoint(LocalDate.of(2012, 9, 1), null, null);
        inspector.appoint(LocalDate.of(2015, 9, 1), null, null);
        inspector.appoint(LocalDate.of(2018, 9, 1), null, null);
        assertThatThrownBy(() -> inspector.appoint(LocalDate.of(2021, 9, 1), null, null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.reason().zh()).contains("不得超过 3 个任期");
                    assertThat(e.reason().en()).contains("at most 3 consecutive terms");
                });
        assertThat(inspector.getTerms()).hasSize(3);
        inspector.appoint(LocalDate.of(2021, 9, 2), null, null);
        assertThat(inspector.getTerms()).hasSize(4);
    }

    @Test
    void aTermSlottedBeforeARunThatWouldMakeFourIsRefusedToo() {
        Inspector inspector = partTime();
        inspector.appoint(LocalDate.of(2015, 9, 1), null, null);
        inspector.appoint(LocalDate.of(2018, 9, 1), null, null);
        inspector.appoint(LocalDate.of(2021, 9, 1), null, null);
        assertThat(status(() -> inspector.appoint(LocalDate.of(2012, 9, 1), null, null))).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void termsDoNotOverlapAndFullTimeTermsMayStayOpen() {
        Inspector inspector = new Inspector("专职督学", null, Employment.FULL_TIME, DutyKind.GOVERNMENT);
        Term open = inspector.appoint(LocalDate.of(2020, 1, 1), null, null);
        assertThat(open.getEndDate()).isNull();
        assertThat(inspector.termOn(LocalDate.of(2040, 1, 1))).isSameAs(open);
        assertThat(status(() -> inspector.appoint(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), null)))
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(status(() -> inspector.appoint(LocalDate.of(2010, 1, 1), LocalDate.of(2009, 1, 1), null)))
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status(() -> inspector.appoint(LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31), null)))
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aDismissedInspectorGetsNoTermAndCannotBeAssigned() {
        Inspector inspector = partTime();
        inspector.dismiss(LocalDate.of(2026, 1, 1), "考核不合格");
        assertThat(inspector.getStatus()).isEqualTo(InspectorStatus.DISMISSED);
        assertThat(status(inspector::requireActive)).isEqualTo(HttpStatus.CONFLICT);
        assertThat(status(() -> inspector.appoint(LocalDate.of(2027, 1, 1), null, null))).isEqualTo(HttpStatus.CONFLICT);
        assertThat(status(() -> inspector.dismiss(LocalDate.of(2026, 2, 1), "again"))).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void oneEvaluationPerPeriod() {
        Inspector inspector = partTime();
        inspector.evaluate("2025-H1", EvaluationGrade.EXCELLENT, LocalDate.of(2025, 7, 1), null);
        assertThat(status(() -> inspector.evaluate("2025-H1", EvaluationGrade.COMPETENT, LocalDate.of(2025, 7, 2), null)))
                .isEqualTo(HttpStatus.CONFLICT);
        inspector.evaluate("2025-H2", EvaluationGrade.COMPETENT, LocalDate.of(2026, 1, 2), null);
        assertThat(inspector.getEvaluations()).hasSize(2);
    }
}

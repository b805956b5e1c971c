package org.dudao.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.dudao.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** A finding's rectification: plan, report, verification with rejection and resubmission, deadlines. */
class RectificationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    static Rectification open() {
        return new Rectification(1L, 2L, 3L, "整改", TODAY.plusDays(7), TODAY.plusDays(30), "office1");
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
    void theReportCannotBeDueBeforeThePlan() {
        assertThat(status(() -> new Rectification(1L, 2L, 3L, "x", TODAY.plusDays(7), TODAY, "o"))).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aRejectedReportGoesBackAndIsCounted() {
        Rectification r = open();
        assertThat(r.currentDue()).isEqualTo(TODAY.plusDays(7));
        assertThat(status(() -> r.submitReport("early", "u"))).isEqualTo(HttpStatus.CONFLICT);
        r.submitPlan("方案", "liaison");
        assertThat(r.currentDue()).isEqualTo(TODAY.plusDays(30));
        r.submitReport("报告", "liaison");
        r.verify(false, "不到位", "inspector1");
        assertThat(r.getStage()).isEqualTo(RectificationStage.REPORT);
        assertThat(r.getRejectionCount()).isEqualTo(1);
        r.submitReport("报告 2", "liaison");
        r.verify(false, "仍不到位", "inspector1");
        r.submitReport("报告 3", "liaison");
        r.verify(true, "通过", "inspector1");
        assertThat(r.getStage()).isEqualTo(RectificationStage.ACCEPTED);
        assertThat(r.getRejectionCount()).isEqualTo(2);
        assertThat(r.currentDue()).isNull();
        assertThat(r.getHistory()).extracting(HistoryEntry::getKind).containsExactly(HistoryKind.OPENED,
                HistoryKind.PLAN_SUBMITTED, HistoryKind.REPORT_SUBMITTED, HistoryKind.REJECTED, HistoryKind.REPORT_SUBMITTED,
                HistoryKind.REJECTED, HistoryKind.REPORT_SUBMITTED, HistoryKind.ACCEPTED);
        assertThat(status(() -> r.verify(true, null, "x"))).isEqualTo(HttpStatus.CONFLICT);
        assertThat(status(() -> r.extend(TODAY.plusDays(90), "x", "o", HistoryKind.EXTENDED))).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void overdueMeansThePlanOrReportIsOwedPastItsDeadline() {
        Rectification r = open();
        assertThat(r.isOverdue(TODAY.plusDays(7))).isFalse();
        assertThat(r.isOverdue(TODAY.plusDays(8))).isTrue();
        r.submitPlan("方案", "u");
        assertThat(r.isOverdue(TODAY.plusDays(8))).isFalse();
        assertThat(r.isOverdue(TODAY.plusDays(31))).isTrue();
        r.submitReport("报告", "u");
        // waiting for the inspector is not the unit's delay
        assertThat(r.isOverdue(TODAY.plusDays(31))).isFalse();
        r.recordOverdue("system");
        assertThat(r.getOverdueCount()).isEqualTo(1);
    }

    @Test
    void extensionsAndUrgingMoveTheCurrentDeadlineForward() {
        Rectification r = open();
        assertThat(status(() -> r.extend(TODAY.plusDays(7), "same", "o", HistoryKind.EXTENDED))).isEqualTo(HttpStatus.BAD_REQUEST);
        r.extend(TODAY.plusDays(40), "汛期", "office1", HistoryKind.EXTENDED);
        assertThat(r.getPlanDue()).isEqualTo(TODAY.plusDays(40));
        assertThat(r.getReportDue()).isEqualTo(TODAY.plusDays(40));
        r.submitPlan("方案", "u");
        r.extend(TODAY.plusDays(60), "督办通知", "office1", HistoryKind.URGED);
        assertThat(r.getReportDue()).isEqualTo(TODAY.plusDays(60));
        assertThat(r.getUrgingCount()).isEqualTo(1);
    }

    @Test
    void onlyAnAcceptedRectificationReopens() {
        Rectification r = open();
        assertThat(status(() -> r.reopen(TODAY, TODAY.plusDays(5), "x", "o"))).isEqualTo(HttpStatus.CONFLICT);
        r.submitPlan("p", "u");
        r.submitReport("r", "u");
        r.verify(true, null, "i");
        r.reopen(TODAY.plusDays(100), TODAY.plusDays(120), "回头看发现反弹", "inspector1");
        assertThat(r.getStage()).isEqualTo(RectificationStage.PLAN);
        assertThat(r.getReopenCount()).isEqualTo(1);
        assertThat(r.getPlanDue()).isEqualTo(TODAY.plusDays(100));
    }

    @Test
    void aLadderStepMaySetAnEarlierDeadlineButNeverAPastOne() {
        Rectification r = open();
        r.submitPlan("方案", "liaison");
        r.submitReport("报告", "liaison");
        r.verify(false, "不到位", "inspector1");
        // the report was due in 30 days; the urging notice demands it in 7
        r.reschedule(TODAY.plusDays(7), TODAY.plusDays(7), null, TODAY, "督办", "system", true);
        assertThat(r.currentDue()).isEqualTo(TODAY.plusDays(7));
        assertThat(r.getUrgingCount()).isEqualTo(1);
        assertThat(status(() -> r.reschedule(TODAY, TODAY.minusDays(1), null, TODAY, "x", "system", true)))
                .isEqualTo(HttpStatus.BAD_REQUEST);
        r.reschedule(TODAY.plusDays(7), TODAY.plusDays(15), null, TODAY, "退回重报", "system", false);
        assertThat(r.getUrgingCount()).isEqualTo(1);
        assertThat(r.getHistory()).extracting(HistoryEntry::getKind).endsWith(HistoryKind.URGED, HistoryKind.RESCHEDULED);
    }

    @Test
    void atThePlanStageTheReportCannotBeDueFirst() {
        Rectification r = open();
        assertThat(status(() -> r.reschedule(TODAY.plusDays(10), TODAY.plusDays(5), 3, TODAY, "x", "system", true)))
                .isEqualTo(HttpStatus.BAD_REQUEST);
        r.reschedule(TODAY.plusDays(10), TODAY.plusDays(40), 3, TODAY, "督办", "system", true);
        assertThat(r.getPlanDue()).isEqualTo(TODAY.plusDays(10));
        assertThat(r.getReminderDays()).isEqualTo(3);
        assertThat(status(() -> r.remindDaysBefore(-1))).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void rejectionsAreCountedPerRound() {
        Rectification r = open();
        r.submitPlan("方案", "liaison");
        r.submitReport("报告", "liaison");
        r.verify(false, "不到位", "inspector1");
        assertThat(r.roundRejectionCount()).isEqualTo(1);
        r.submitReport("报告 2", "liaison");
        r.verify(true, "通过", "inspector1");
        r.reopen(TODAY.plusDays(10), TODAY.plusDays(40), "回头看反弹", "inspector1");
        assertThat(r.roundRejectionCount()).isZero();
        assertThat(r.getRejectionCount()).isEqualTo(1);
    }
}

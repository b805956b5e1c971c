package org.dudao.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.dudao.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Ladder records as the processes drive them: proposed interviews, dropped circulars, accountability returned and referred. */
class EscalationRecordsTest {

    static HttpStatus status(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.status();
        }
        return HttpStatus.OK;
    }

    @Test
    void anInterviewIsProposedThenApprovedOrRejectedThenHeldAndFiled() {
        Interview interview = Interview.proposed(1L, 2L, 3L, "方案逾期，经督办仍未整改", "system");
        assertThat(interview.getStatus()).isEqualTo(RecordStatus.PROPOSED);
        assertThat(interview.getScheduledOn()).isNull();
        assertThat(interview.getFindingId()).isEqualTo(3L);
        assertThat(status(() -> interview.record(LocalDate.now(), List.of("张三"), "记录", null))).isEqualTo(HttpStatus.CONFLICT);
        interview.approve(LocalDate.of(2026, 6, 1), null, "同意约谈");
        assertThat(interview.getStatus()).isEqualTo(RecordStatus.SCHEDULED);
        assertThat(status(() -> interview.reject("late"))).isEqualTo(HttpStatus.CONFLICT);
        assertThat(status(() -> interview.file("县政府办"))).isEqualTo(HttpStatus.CONFLICT);
        interview.record(LocalDate.of(2026, 6, 1), List.of("张三", "李四"), "约谈记录", null);
        interview.file("县政府办、教科体局");
        assertThat(interview.getFiledAt()).isNotNull();

        Interview rejected = Interview.proposed(1L, 2L, 3L, "理由", "system");
        rejected.reject("已整改，暂不约谈");
        assertThat(rejected.getStatus()).isEqualTo(RecordStatus.REJECTED);
        assertThat(rejected.getDecisionComment()).isEqualTo("已整改，暂不约谈");
    }

    @Test
    void aDroppedCircularCanNeitherChangeNorBeIssued() {
        Circular circular = new Circular(1L, 2L, "system");
        circular.draft("通报草稿", List.of("县委县政府"), true);
        circular.concern(9L);
        circular.comment("请补充整改时限");
        assertThat(circular.getDecisionComment()).isEqualTo("请补充整改时限");
        circular.drop("不予通报");
        assertThat(circular.getStatus()).isEqualTo(RecordStatus.DROPPED);
        assertThat(status(() -> circular.draft("x", List.of("y"), true))).isEqualTo(HttpStatus.CONFLICT);
        assertThat(status(() -> circular.issue("committee1"))).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void accountabilityIsOpenedRevisedReturnedDecidedAndReferred() {
        Accountability a = Accountability.opened(1L, 2L, 3L, "经督办、约谈、通报仍未整改", true, "system");
        assertThat(a.getMeasure()).isNull();
        assertThat(status(() -> a.decide(true, "批准", "committee1"))).isEqualTo(HttpStatus.CONFLICT);
        a.revise("理由", AccountabilityMeasure.ADMONISHMENT, Referral.DISCIPLINE_INSPECTION, false, List.of(new Person("王五", "校长")));
        a.returnForRevision("请明确责任人");
        assertThat(a.getStatus()).isEqualTo(RecordStatus.PROPOSED);
        assertThat(a.getDecisionText()).isEqualTo("请明确责任人");
        assertThat(status(a::refer)).isEqualTo(HttpStatus.CONFLICT);
        a.decide(true, "同意", "committee1");
        a.refer();
        assertThat(a.getReferredAt()).isNotNull();
        assertThat(status(() -> a.revise("x", AccountabilityMeasure.CRITICISM, Referral.NONE, false, List.of())))
                .isEqualTo(HttpStatus.CONFLICT);

        Accountability noReferral = Accountability.opened(1L, 2L, 3L, "理由", false, "system");
        noReferral.revise("理由", AccountabilityMeasure.CRITICISM, Referral.NONE, false, List.of());
        noReferral.decide(true, "同意", "committee1");
        assertThat(status(noReferral::refer)).isEqualTo(HttpStatus.CONFLICT);
    }
}

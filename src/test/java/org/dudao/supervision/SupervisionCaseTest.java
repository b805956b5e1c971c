package org.dudao.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.dudao.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The case aggregate's lifecycle: each step only from the statuses where it makes sense. */
class SupervisionCaseTest {

    static SupervisionCase planned(SupervisionMode mode) {
        SupervisionCase c = new SupervisionCase(SupervisionKind.SCHOOL, mode, CaseOrigin.ANNUAL_PLAN, "督导",
                LocalDate.of(2026, 3, 1), "office1");
        c.target(10L, List.of(11L, 12L));
        c.staff(1L, List.of(2L));
        return c;
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
    void targetsHaveExactlyOneLead() {
        SupervisionCase c = planned(SupervisionMode.ROUTINE);
        assertThat(c.leadUnitId()).isEqualTo(10L);
        assertThat(c.getTargets()).filteredOn(CaseTarget::isLead).hasSize(1);
        assertThat(c.targets(12L)).isTrue();
        assertThat(c.targets(13L)).isFalse();
        assertThat(c.getTeam()).filteredOn(TeamMember::isLead).extracting(TeamMember::getInspectorId).containsExactly(1L);
    }

    @Test
    void aComprehensivePlanNeedsApprovalAndRandomOnesAreNotAnnounced() {
        SupervisionCase comprehensive = planned(SupervisionMode.COMPREHENSIVE);
        assertThat(status(comprehensive::startInspection)).isEqualTo(HttpStatus.CONFLICT);
        assertThat(status(comprehensive::notifyUnits)).isEqualTo(HttpStatus.CONFLICT);
        comprehensive.approvePlan("committee1", null);
        assertThat(comprehensive.getPlanApprovedBy()).isEqualTo("committee1");
        comprehensive.notifyUnits();
        comprehensive.startInspection();
        assertThat(comprehensive.getStatus()).isEqualTo(CaseStatus.INSPECTING);

        SupervisionCase random = planned(SupervisionMode.RANDOM);
        assertThat(status(random::notifyUnits)).isEqualTo(HttpStatus.CONFLICT);
        random.startInspection();
        assertThat(random.getNotifiedAt()).isNull();
    }

    @Test
    void reportFeedbackReviewAndClose() {
        SupervisionCase c = planned(SupervisionMode.ROUTINE);
        assertThat(status(() -> c.draftReport("x"))).isEqualTo(HttpStatus.CONFLICT);
        c.startInspection();
        c.draftReport("报告");
        assertThat(status(c::publishReport)).isEqualTo(HttpStatus.CONFLICT);
        assertThat(status(() -> c.feedback(FeedbackForm.MEETING, LocalDate.now(), null, Set.of()))).isEqualTo(HttpStatus.CONFLICT);
        c.approveReport("committee1", null);
        assertThat(status(() -> c.draftReport("changed"))).isEqualTo(HttpStatus.CONFLICT);
        assertThat(status(c::requireFindingsEditable)).isEqualTo(HttpStatus.CONFLICT);
        c.publishReport();
        assertThat(status(c::publishReport)).isEqualTo(HttpStatus.CONFLICT);
        c.feedback(FeedbackForm.WRITTEN_NOTICE, LocalDate.now(), "逐项反馈", Set.of(InvitedBody.PERFORMANCE_OFFICE));
        c.rectificationStarted();
        c.startReview();
        c.review(LocalDate.now(), "反弹", true);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.RECTIFYING);
        c.startReview();
        c.review(LocalDate.now(), "未反弹", false);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.REVIEWING);
        c.close("办结");
        assertThat(status(() -> c.close("again"))).isEqualTo(HttpStatus.CONFLICT);
        assertThat(status(() -> c.reach(LadderRung.URGING))).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void theLadderOnlyClimbs() {
        SupervisionCase c = planned(SupervisionMode.ROUTINE);
        assertThat(c.reach(LadderRung.INTERVIEW)).isTrue();
        assertThat(c.reach(LadderRung.URGING)).isFalse();
        assertThat(c.getRung()).isEqualTo(LadderRung.INTERVIEW);
        assertThat(c.reach(LadderRung.ACCOUNTABILITY)).isTrue();
        assertThat(c.getRung()).isEqualTo(LadderRung.ACCOUNTABILITY);
    }

    @Test
    void aCaseLinksToOneProcessInstance() {
        SupervisionCase c = planned(SupervisionMode.ROUTINE);
        c.linkProcessInstance("p1");
        c.linkProcessInstance("p1");
        assertThat(status(() -> c.linkProcessInstance("p2"))).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void theTeamIsFixedOnceTheInspectionStarts() {
        SupervisionCase c = planned(SupervisionMode.ROUTINE);
        c.startInspection();
        assertThat(status(() -> c.staff(3L, List.of()))).isEqualTo(HttpStatus.CONFLICT);
        assertThat(status(() -> c.target(10L, List.of()))).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void theCommitteeReturnsAndApprovesWithComments() {
        SupervisionCase c = planned(SupervisionMode.COMPREHENSIVE);
        c.returnPlan("补充安全检查内容");
        assertThat(c.getStatus()).isEqualTo(CaseStatus.PLANNED);
        assertThat(c.getPlanComment()).isEqualTo("补充安全检查内容");
        c.approvePlan("committee1", "同意");
        assertThat(c.getPlanComment()).isEqualTo("同意");
        assertThat(status(() -> c.returnPlan("again"))).isEqualTo(HttpStatus.CONFLICT);

        c.startInspection();
        c.noteInspection("现场查看教室和食堂");
        c.draftReport("初稿");
        c.returnReport("问题描述不够具体");
        assertThat(c.getReportComment()).isEqualTo("问题描述不够具体");
        assertThat(c.getReportApprovedAt()).isNull();
        c.draftReport("二稿");
        c.approveReport("committee1", "同意发布");
        assertThat(status(() -> c.returnReport("late"))).isEqualTo(HttpStatus.CONFLICT);
        assertThat(status(() -> c.noteInspection("late"))).isEqualTo(HttpStatus.OK);
        assertThat(c.getInspectionNotes()).isEqualTo("late");
    }

    @Test
    void majorMatterChangesUntilCloseAndTheUpwardReportFollowsIt() {
        SupervisionCase c = planned(SupervisionMode.ROUTINE);
        c.markMajorMatter(true);
        assertThat(c.isMajorMatter()).isTrue();
        assertThat(status(() -> c.reportedUpward(200))).isEqualTo(HttpStatus.CONFLICT);
        c.close("办结");
        assertThat(status(() -> c.markMajorMatter(false))).isEqualTo(HttpStatus.CONFLICT);
        c.reportedUpward(202);
        assertThat(c.getUpwardReportStatus()).isEqualTo(202);
        assertThat(c.getReportedUpwardAt()).isNotNull();
    }
}

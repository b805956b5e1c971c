package org.dudao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.dudao.DudaoIntegrationTest;
import org.dudao.notification.NoticeKind;
import org.dudao.notification.NoticeService;
import org.dudao.notification.NoticeSummary;
import org.dudao.notification.RecipientRole;
import org.dudao.supervision.CaseStatus;
import org.dudao.supervision.LadderRung;
import org.dudao.supervision.SupervisionCaseService;
import org.dudao.supervision.SupervisionCaseService.CaseQuery;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo cases the default profile seeds: every demo user has work, the commended case is closed, and the
 * overdue one escalates to an urging notice as soon as its timer fires (the job executor is off here, so the
 * test fires it) — exactly once, however often the job runs or the seeder is called again.
 */
@DudaoIntegrationTest
class DemoCasesIT {

    @Autowired SupervisionCaseService cases;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired NoticeService notices;
    @Autowired DemoData demoData;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyDemoUserHasWork() {
        assertThat(tasks.createTaskQuery().taskCandidateGroup("office").taskDefinitionKey("Task_DraftPlan").count()).isPositive();
        assertThat(tasks.createTaskQuery().taskCandidateGroup("committee").taskDefinitionKey("Task_ApprovePlan").count()).isPositive();
        assertThat(tasks.createTaskQuery().taskCandidateUser("inspector1").taskDefinitionKey("Task_InspectOnSite").count()).isPositive();
        assertThat(tasks.createTaskQuery().taskCandidateUser("inspector1").taskDefinitionKey("Task_VerifyRectification").count()).isPositive();
        for (String group : List.of("unit-sch-sxxx", "unit-ts-yankou")) {
            assertThat(tasks.createTaskQuery().taskCandidateGroup(group).taskDefinitionKey("Task_SubmitRectificationPlan").count())
                    .as(group).isPositive();
        }
        CaseView commended = demoCase("随机督导（保育教育）");
        assertThat(commended.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(commended.commendation()).isNotBlank();
    }

    @Test
    void theOverdueCaseEscalatesToOneUrgingNoticeWhenItsTimerFires() {
        CaseView overdue = demoCase(DemoCases.OVERDUE_TITLE);
        ProcessInstance rectification = runtime.createProcessInstanceQuery().processDefinitionKey("rectification")
                .processInstanceBusinessKey(String.valueOf(overdue.id())).singleResult();
        Job timer = management.createJobQuery().processInstanceId(rectification.getId()).timers()
                .activityId("Timer_PlanOverdue").singleResult();
        if (timer != null) {
            assertThat(timer.getDuedate()).isInThePast();
            management.executeJob(timer.getId());
            List<Job> next;
            while (!(next = management.createJobQuery().processInstanceId(rectification.getId()).messages().list()).isEmpty()) {
                management.executeJob(next.get(0).getId());
            }
        }
        List<NoticeSummary> urgings = notices.findByCase(overdue.id()).stream()
                .filter(n -> n.kind() == NoticeKind.URGING_NOTICE).toList();
        assertThat(urgings).hasSize(1);
        assertThat(urgings.get(0).deliveries()).extracting(NoticeSummary.Delivery::email)
                .contains("sanxi@dudao.local", "jkt@dudao.local");
        assertThat(urgings.get(0).deliveries()).extracting(NoticeSummary.Delivery::role)
                .contains(RecipientRole.UNIT_CONTACT, RecipientRole.SUPERVISING_DEPARTMENT);
        assertThat(urgings.get(0).deadline()).isAfter(java.time.LocalDate.now());
        assertThat(cases.get(overdue.id()).rung()).isEqualTo(LadderRung.URGING);
        assertThat(tasks.createTaskQuery().processInstanceId(rectification.getId()).taskDefinitionKey("Task_SubmitRectificationPlan")
                .singleResult().getDueDate()).isInTheFuture();
    }

    @Test
    void seedingAgainAddsNoCase() {
        long before = cases.query(CaseQuery.all(), PageRequest.of(0, 1)).getTotalElements();
        long instances = runtime.createProcessInstanceQuery().count();
        long noticesBefore = jdbc.queryForObject("select count(*) from notice", Long.class);
        demoData.run(null);
        assertThat(cases.query(CaseQuery.all(), PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(jdbc.queryForObject("select count(*) from notice", Long.class)).isEqualTo(noticesBefore);
    }

    private CaseView demoCase(String title) {
        return cases.query(new CaseQuery(null, null, null, null, null, null, null, null, title, null, null, null),
                PageRequest.of(0, 5)).getContent().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
    }
}

package org.dudao.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;

import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.dudao.DudaoIntegrationTest;
import org.dudao.supervision.CaseStatus;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.supervision.SupervisionKind;
import org.dudao.supervision.SupervisionMode;
import org.dudao.workflow.LifecycleFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The upward report through Camunda Connect against a real HTTP server: a platform answering 500 makes the job
 * fail and retry (R5/PT5M) until it becomes an incident in Cockpit; the closed case keeps its result meanwhile,
 * and when staff retry (as Cockpit does, by giving the job a retry) the same payload with the same idempotency
 * key is accepted.
 */
@DudaoIntegrationTest
class UpwardReportIT {

    @Autowired ApplicationContext context;
    LifecycleFixture fx;

    @BeforeEach
    void setUp() {
        fx = new LifecycleFixture(context);
        BpmnAwareTests.init(fx.engine);
        UpwardPlatformStub.reset();
    }

    @AfterEach
    void platformAnswersAgain() {
        UpwardPlatformStub.reset();
    }

    @Test
    void aRefusedReportRetriesBecomesAnIncidentAndIsSentWhenStaffRetry() {
        CaseView c = fx.openCase(SupervisionKind.SCHOOL, SupervisionMode.RANDOM, fx.school);
        UpwardPlatformStub.answer(500, 500, 500, 500, 500, 500, 500, 500);
        assertThatThrownBy(() -> fx.inspected(c)).hasMessageContaining("HTTP 500");
        ProcessInstance pi = fx.instance(c);
        assertThat(pi).isWaitingAt("Task_ReportUpward");
        Job job = fx.management.createJobQuery().processInstanceId(pi.getId()).activityId("Task_ReportUpward").singleResult();
        assertThat(job.getRetries()).isEqualTo(4);
        assertThat(job.getExceptionMessage()).contains("HTTP 500");
        // the case is closed and keeps its result while the platform refuses
        assertThat(fx.cases.get(c.id()).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(fx.cases.get(c.id()).reportedUpwardAt()).isNull();

        int attempts = 1;
        while (job.getRetries() > 0) {
            String id = job.getId();
            assertThatThrownBy(() -> fx.management.executeJob(id)).hasMessageContaining("HTTP 500");
            attempts++;
            job = fx.management.createJobQuery().jobId(id).singleResult();
        }
        assertThat(attempts).isEqualTo(5);
        Incident incident = fx.runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo("Task_ReportUpward");
        assertThat(incident.getIncidentMessage()).contains("HTTP 500");

        // staff retry in Cockpit: the platform is back
        UpwardPlatformStub.reset();
        fx.management.setJobRetries(job.getId(), 1);
        fx.management.executeJob(job.getId());
        fx.runJobs(pi.getBusinessKey());
        assertThat(pi).isEnded();
        assertThat(fx.runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        CaseView reported = fx.cases.get(c.id());
        assertThat(reported.reportedUpwardAt()).isNotNull();
        assertThat(reported.upwardReportStatus()).isEqualTo(200);
        assertThat(fx.engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("upwardReportStatus").singleResult().getValue()).isEqualTo(200);
        List<UpwardPlatformStub.Received> received = UpwardPlatformStub.received();
        assertThat(received).hasSize(1);
        assertThat(received.get(0).method()).isEqualTo("POST");
        assertThat(received.get(0).header("Content-Type")).startsWith("application/json");
        assertThat(received.get(0).header("Idempotency-Key")).isEqualTo("dudao-wusheng-case-" + c.id());
        assertThat(received.get(0).body()).contains("\"caseId\":" + c.id(), "\"status\":\"CLOSED\"", "\"county\":\"武胜县\"",
                "\"commendation\"");
    }

    @Test
    void everyAttemptSendsTheSameReport() {
        CaseView c = fx.openCase(SupervisionKind.SCHOOL, SupervisionMode.RANDOM, fx.school);
        UpwardPlatformStub.answer(503);
        assertThatThrownBy(() -> fx.inspected(c)).hasMessageContaining("HTTP 503");
        Job job = fx.management.createJobQuery().processInstanceId(fx.instance(c).getId()).activityId("Task_ReportUpward").singleResult();
        fx.management.executeJob(job.getId());
        List<UpwardPlatformStub.Received> received = UpwardPlatformStub.received();
        assertThat(received).hasSize(2).extracting(UpwardPlatformStub.Received::answeredWith).containsExactly(503, 200);
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        assertThat(received.get(1).header("Idempotency-Key")).isEqualTo(received.get(0).header("Idempotency-Key"));
    }
}

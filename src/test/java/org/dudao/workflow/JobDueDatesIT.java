package org.dudao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Date;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.dudao.DudaoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every job has a due date (acquisition relies on it), including one an older database left without. */
@DudaoIntegrationTest
class JobDueDatesIT {

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired DataSource dataSource;

    @Test
    void asyncStepsAreDueAtOnceAndAJobWrittenWithoutDueDateIsDatedAtStartUp() throws Exception {
        String deployment = repository.createDeployment().name("job-due-dates-test")
                .addModelInstance("test-async-step.bpmn", Bpmn.createExecutableProcess("Test_AsyncStep")
                        .camundaHistoryTimeToLive(1)
                        .startEvent().serviceTask("Task_AfterSavePoint").camundaAsyncBefore().camundaExpression("${true}")
                        .endEvent().done())
                .deploy().getId();
        try {
            String instance = runtime.startProcessInstanceByKey("Test_AsyncStep").getId();
            Job job = management.createJobQuery().processInstanceId(instance).singleResult();
            assertThat(job.getDuedate()).as("an async continuation is due now, not undated").isNotNull()
                    .isBeforeOrEqualTo(new Date());

            try (Connection connection = dataSource.getConnection();
                 PreparedStatement undate = connection.prepareStatement("update ACT_RU_JOB set DUEDATE_ = null where ID_ = ?")) {
                undate.setString(1, job.getId());
                assertThat(undate.executeUpdate()).isOne();
            }
            assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getDuedate()).isNull();

            assertThat(JobDueDates.dateUndatedJobs(dataSource, management)).isGreaterThanOrEqualTo(1);
            assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getDuedate()).isNotNull()
                    .isBeforeOrEqualTo(new Date());
            assertThat(JobDueDates.dateUndatedJobs(dataSource, management)).as("none left").isZero();
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }
}

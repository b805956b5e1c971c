package org.dudao.workflow;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * With {@code ensureJobDueDateNotNull} (application.yaml) every job gets a due date, and job acquisition asks only
 * for {@code DUEDATE_ <= now}, a range both databases answer from {@code ACT_IDX_JOB_DUEDATE}. A job written
 * before the setting (an older database) may have none and would never be acquired: it is given "now" at start-up.
 */
@Component
class JobDueDates extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(JobDueDates.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (configuration.isEnsureJobDueDateNotNull()) {
            dateUndatedJobs(configuration.getDataSource(), engine.getManagementService());
        }
    }

    /** Gives every job without a due date the current time, through the engine; returns how many there were. */
    static int dateUndatedJobs(DataSource dataSource, ManagementService management) {
        List<String> undated = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet ids = statement.executeQuery("select ID_ from ACT_RU_JOB where DUEDATE_ is null")) {
            while (ids.next()) {
                undated.add(ids.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look for jobs without a due date", e);
        }
        for (String jobId : undated) {
            // the engine checks the job's revision: a job another node is running at this moment is left to it
            try {
                management.setJobDuedate(jobId, ClockUtil.getCurrentTime());
            } catch (RuntimeException e) {
                log.info("Job {} not dated ({}); it has run or is running", jobId, e.getMessage());
            }
        }
        if (!undated.isEmpty()) {
            log.info("{} jobs written without a due date are due now", undated.size());
        }
        return undated.size();
    }
}

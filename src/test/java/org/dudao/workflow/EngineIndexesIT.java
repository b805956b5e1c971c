package org.dudao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.dudao.DudaoIntegrationTest;
import org.dudao.workflow.EngineIndexes.EngineIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's tables get the indexes its schema lacks, on H2 and on MariaDB alike, and its queries use them. */
@DudaoIntegrationTest
class EngineIndexesIT {

    static final EngineIndex TASK_PARENT = index("ACT_IDX_TASK_PARENT");
    static final EngineIndex JOB_DUEDATE = index("ACT_IDX_JOB_DUEDATE");
    static final EngineIndex JOB_LOCK_EXP = index("ACT_IDX_JOB_LOCK_EXP");

    /** The engine's job acquisition ({@code selectNextJobsToExecute} as Dudao runs it: every job has a due date). */
    static final String ACQUISITION = "select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_"
            + " from ACT_RU_JOB RES where (RES.RETRIES_ > 0) and (RES.DUEDATE_ <= CURRENT_TIMESTAMP)"
            + " and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < CURRENT_TIMESTAMP) and RES.SUSPENSION_STATE_ = 1"
            + " and ((RES.EXCLUSIVE_ = true and not exists (select J2.ID_ from ACT_RU_JOB J2"
            + " where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true)"
            + " and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= CURRENT_TIMESTAMP))) or RES.EXCLUSIVE_ = false)"
            + " limit 3 offset 0";

    @Autowired DataSource dataSource;

    @Test
    void theEnginesLookUpsHaveTheirIndexesAfterStartUp() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            for (EngineIndex index : EngineIndexes.INDEXES) {
                assertThat(EngineIndexes.exists(connection, index)).as(index.name()).isTrue();
            }
            assertThat(explain(connection, "select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'no-such-task'"))
                    .as("the sub-task look-up the engine runs whenever a task ends can use the index")
                    .containsIgnoringCase(TASK_PARENT.name());
            String acquisition = explain(connection, ACQUISITION);
            assertThat(acquisition).as("job acquisition can use the due-date index").containsIgnoringCase(JOB_DUEDATE.name());
            if (!connection.getMetaData().getDatabaseProductName().startsWith("H2")) {
                // MariaDB may answer "no locked exclusive job of this instance" once per query (materialized): then
                // from the lock index. H2 asks per candidate job, through the process-instance index.
                assertThat(acquisition).as("its locked-jobs part can use the lock index")
                        .containsIgnoringCase(JOB_LOCK_EXP.name());
            }
        }
    }

    @Test
    void aMissingIndexIsCreatedOnceEvenWhenTwoNodesStartTogether() throws Exception {
        drop(TASK_PARENT);
        try {
            var first = CompletableFuture.supplyAsync(() -> EngineIndexes.createMissing(dataSource));
            var second = CompletableFuture.supplyAsync(() -> EngineIndexes.createMissing(dataSource));
            List<String> created = new ArrayList<>(first.get());
            created.addAll(second.get());
            assertThat(created).as("one node creates it, the other finds it").containsExactly(TASK_PARENT.name());
            assertThat(EngineIndexes.createMissing(dataSource)).as("a restart finds it").isEmpty();
        } finally {
            EngineIndexes.createMissing(dataSource);
        }
        try (Connection connection = dataSource.getConnection()) {
            assertThat(EngineIndexes.exists(connection, TASK_PARENT)).isTrue();
        }
    }

    private static EngineIndex index(String name) {
        return EngineIndexes.INDEXES.stream().filter(index -> index.name().equals(name)).findFirst().orElseThrow();
    }

    private void drop(EngineIndex index) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean h2 = connection.getMetaData().getDatabaseProductName().startsWith("H2");
            statement.execute("drop index " + index.name() + (h2 ? "" : " on " + index.table()));
            assertThat(EngineIndexes.exists(connection, index)).isFalse();
        }
    }

    private static String explain(Connection connection, String sql) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("explain " + sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    plan.append(rows.getString(column)).append(' ');
                }
            }
        }
        return plan.toString();
    }
}

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's task table gets the parent-task index its schema lacks, on H2 and on MariaDB alike. */
@DudaoIntegrationTest
class EngineIndexesIT {

    static final EngineIndexes.EngineIndex PARENT = EngineIndexes.INDEXES.get(0);

    @Autowired DataSource dataSource;

    @Test
    void theEnginesParentTaskLookUpHasAnIndexAfterStartUp() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(EngineIndexes.exists(connection, PARENT)).isTrue();
            assertThat(explain(connection, "select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'no-such-task'"))
                    .as("the query the engine runs whenever a task ends can use the index")
                    .containsIgnoringCase(PARENT.name());
        }
    }

    @Test
    void aMissingIndexIsCreatedOnceEvenWhenTwoNodesStartTogether() throws Exception {
        drop();
        try {
            var first = CompletableFuture.supplyAsync(() -> EngineIndexes.createMissing(dataSource));
            var second = CompletableFuture.supplyAsync(() -> EngineIndexes.createMissing(dataSource));
            List<String> created = new ArrayList<>(first.get());
            created.addAll(second.get());
            assertThat(created).as("one node creates it, the other finds it").containsExactly(PARENT.name());
            assertThat(EngineIndexes.createMissing(dataSource)).as("a restart finds it").isEmpty();
        } finally {
            EngineIndexes.createMissing(dataSource);
        }
        try (Connection connection = dataSource.getConnection()) {
            assertThat(EngineIndexes.exists(connection, PARENT)).isTrue();
        }
    }

    private void drop() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean h2 = connection.getMetaData().getDatabaseProductName().startsWith("H2");
            statement.execute("drop index " + PARENT.name() + (h2 ? "" : " on " + PARENT.table()));
            assertThat(EngineIndexes.exists(connection, PARENT)).isFalse();
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

package org.dudao.workflow;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks, each found in a province-scale burst of urging notices on MariaDB
 * (docs/benchmarks.md, "the engine's missing indexes"):
 * <ul>
 * <li>{@code ACT_RU_TASK.PARENT_TASK_ID_}: whenever a task ends the engine looks up its sub-tasks, and without the
 * index every completed task scanned all open tasks of the province;</li>
 * <li>{@code ACT_RU_JOB.DUEDATE_}: job acquisition asks for due jobs, and without the index every acquisition read
 * past all the timers not yet due (two per open rectification plan: reminder and overdue);</li>
 * <li>{@code ACT_RU_JOB.LOCK_EXP_TIME_}: acquisition skips process instances with a locked exclusive job, and
 * MariaDB answers that part once per acquisition by reading every job unless the few locked ones are indexed.</li>
 * </ul>
 * Not a Flyway migration: Flyway runs before the engine creates its ACT_* tables on a fresh database. This runs
 * after the engine's schema step, is idempotent, and tolerates another node creating the same index at once.
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

    record EngineIndex(String name, String table, String column) {}

    static final List<EngineIndex> INDEXES = List.of(
            new EngineIndex("ACT_IDX_TASK_PARENT", "ACT_RU_TASK", "PARENT_TASK_ID_"),
            new EngineIndex("ACT_IDX_JOB_DUEDATE", "ACT_RU_JOB", "DUEDATE_"),
            new EngineIndex("ACT_IDX_JOB_LOCK_EXP", "ACT_RU_JOB", "LOCK_EXP_TIME_"));

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        createMissing(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
    }

    /** Creates each index unless it exists; returns the names created. */
    static List<String> createMissing(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return INDEXES.stream().filter(index -> create(connection, index)).map(EngineIndex::name).toList();
        } catch (SQLException e) {
            // an index is a speed-up, not a reason to refuse to start (e.g. a database user without ALTER rights)
            log.warn("Engine indexes not checked: {}", e.getMessage());
            return List.of();
        }
    }

    private static boolean create(Connection connection, EngineIndex index) {
        try {
            if (exists(connection, index)) {
                return false;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("create index " + index.name() + " on " + index.table() + "(" + index.column() + ")");
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            log.info("Engine index {} created on {}({})", index.name(), index.table(), index.column());
            return true;
        } catch (SQLException e) {
            if (existsQuietly(connection, index)) {
                return false; // another node created it meanwhile
            }
            log.warn("Engine index {} not created: {}", index.name(), e.getMessage());
            return false;
        }
    }

    static boolean exists(Connection connection, EngineIndex index) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String table = metaData.storesLowerCaseIdentifiers() ? index.table().toLowerCase() : index.table();
        try (ResultSet indexes = metaData.getIndexInfo(connection.getCatalog(), null, table, false, true)) {
            while (indexes.next()) {
                boolean sameName = index.name().equalsIgnoreCase(indexes.getString("INDEX_NAME"));
                // an index of another name that leads with the column serves as well (e.g. a later engine's own)
                boolean leadsWithColumn = index.column().equalsIgnoreCase(indexes.getString("COLUMN_NAME"))
                        && indexes.getInt("ORDINAL_POSITION") == 1;
                if (sameName || leadsWithColumn) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean existsQuietly(Connection connection, EngineIndex index) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            return exists(connection, index);
        } catch (SQLException e) {
            return false;
        }
    }
}

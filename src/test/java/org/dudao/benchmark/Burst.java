package org.dudao.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

/**
 * An escalation burst: rectification processes waiting at their plan task, whose plan-overdue timers are all
 * moved to the same moment; then the time until every urging notice is in the outbox, and until every job of
 * the burst has run (each instance is back at its plan task with a new deadline). The instances of a burst are
 * listed in {@code bench_burst} under a set name.
 */
final class Burst {

    record Outcome(int instances, double secondsToNotices, double secondsToQuiet, long notices, long outboxRows,
                   long distinctOutboxKeys, long doubled, long failedJobs) {
        double noticesPerSecond() {
            return notices / secondsToNotices;
        }
    }

    private Burst() {
    }

    static void createTable(DataSource data) throws SQLException {
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table bench_burst (set_name varchar(20) not null, process_instance_id varchar(64) not null, "
                    + "case_id bigint, primary key (set_name, process_instance_id))");
        }
    }

    static void record(DataSource data, String set, List<String> processInstanceIds, List<Long> caseIds) throws SQLException {
        try (Connection c = data.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into bench_burst (set_name, process_instance_id, case_id) values (?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < processInstanceIds.size(); i++) {
                insert.setString(1, set);
                insert.setString(2, processInstanceIds.get(i));
                insert.setObject(3, caseIds == null ? null : caseIds.get(i));
                insert.addBatch();
                if ((i + 1) % 2_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }

    /** Moves the plan-overdue timers of the set to now: every deadline of the burst expires at once. */
    static int arm(DataSource data, String set) throws SQLException {
        try (Connection c = data.getConnection(); PreparedStatement update = c.prepareStatement("update ACT_RU_JOB set DUEDATE_ = ? "
                + "where JOB_DEF_ID_ in (select ID_ from ACT_RU_JOBDEF where ACT_ID_ = 'Timer_PlanOverdue') "
                + "and PROCESS_INSTANCE_ID_ in (select process_instance_id from bench_burst where set_name = ?)")) {
            update.setTimestamp(1, new Timestamp(System.currentTimeMillis() - 1_000));
            update.setString(2, set);
            return update.executeUpdate();
        }
    }

    /**
     * Polls until {@code noticesSql} (one parameter: the set) counts {@code expected} and no job of the set is
     * due any more. {@code outboxSql} counts outbox rows and their distinct keys; {@code doubledSql} counts notices
     * that a repeated job would have added.
     */
    static Outcome await(DataSource data, String set, int expected, long armedAt, String noticesSql, String outboxSql,
                         String doubledSql, Duration timeout) throws Exception {
        double toNotices = -1;
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection c = data.getConnection()) {
            while (true) {
                long notices = count(c, noticesSql, set);
                double elapsed = (System.nanoTime() - armedAt) / 1e9;
                if (toNotices < 0 && notices >= expected) {
                    toNotices = elapsed;
                }
                if (toNotices >= 0 && pendingJobs(c, set) == 0) {
                    long[] outbox = counts(c, outboxSql, set);
                    return new Outcome(expected, toNotices, elapsed, notices, outbox[0], outbox[1],
                            count(c, doubledSql, set), failedJobs(c, set));
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("burst " + set + " unfinished after " + timeout + ": " + notices + " of "
                            + expected + " notices, " + pendingJobs(c, set) + " jobs due, " + failedJobs(c, set) + " failed");
                }
                Thread.sleep(200);
            }
        }
    }

    private static long pendingJobs(Connection c, String set) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from ACT_RU_JOB j join bench_burst b "
                + "on b.process_instance_id = j.PROCESS_INSTANCE_ID_ where b.set_name = ? and j.RETRIES_ > 0 "
                + "and (j.DUEDATE_ is null or j.DUEDATE_ <= ?)")) {
            s.setString(1, set);
            s.setTimestamp(2, new Timestamp(System.currentTimeMillis()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long failedJobs(Connection c, String set) throws SQLException {
        return count(c, "select count(*) from ACT_RU_JOB j join bench_burst b on b.process_instance_id = j.PROCESS_INSTANCE_ID_ "
                + "where b.set_name = ? and (j.RETRIES_ = 0 or j.EXCEPTION_MSG_ is not null)", set);
    }

    static long count(Connection c, String sql, String set) throws SQLException {
        return counts(c, sql, set)[0];
    }

    private static long[] counts(Connection c, String sql, String set) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (sql.contains("?")) {
                s.setString(1, set);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                int columns = rs.getMetaData().getColumnCount();
                long[] values = new long[2];
                values[0] = rs.getLong(1);
                values[1] = columns > 1 ? rs.getLong(2) : values[0];
                return values;
            }
        }
    }
}

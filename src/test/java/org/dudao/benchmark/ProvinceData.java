package org.dudao.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * Province-size data written straight through JDBC batches, because creating it through the engine would take
 * hours on this machine: the registry (schools with liaison contacts and their unit groups, townships,
 * departments, inspectors with one school assignment per school), open rectification tasks with the engine's
 * rows (process instance, task, candidate-group link) and Dudao's worklist rows, as the task listener writes
 * them, and completed history. The open tasks are for reading only: they have no timers or variables.
 * Their ids count up ({@code bench-task-00000042}) so every index is appended to: random ids made the
 * million history rows take over 20 minutes on H2 under this machine's load, each insert reading a random page.
 */
final class ProvinceData {

    private static final int BATCH = 2_000;

    private final DataSource data;
    /** School ids and codes in registry order. */
    final List<Long> schoolIds = new ArrayList<>();
    final List<String> schoolCodes = new ArrayList<>();

    ProvinceData(DataSource data) {
        this.data = data;
    }

    static String schoolCode(int i) {
        return String.format(Locale.ROOT, "PS-%06d", i);
    }

    static String groupOf(String unitCode) {
        return "unit-" + unitCode.toLowerCase(Locale.ROOT);
    }

    /** Departments and townships (one per 100 and per 25 schools), the schools, inspectors and assignments. */
    void registry(int schools, int inspectors) throws SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        int departments = Math.max(1, schools / 100);
        int townships = Math.max(1, schools / 25);
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            String unit = "insert into org_unit (version, code, name, kind, committee_member, township_id, school_kind, "
                    + "ownership, student_count, supervising_department_id, created_at) values (0, ?, ?, ?, false, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement insert = c.prepareStatement(unit)) {
                for (int i = 0; i < departments; i++) {
                    addUnit(insert, String.format(Locale.ROOT, "PD-%04d", i), "省级测试教育局" + i, "DEPARTMENT", null, null, now);
                }
                for (int i = 0; i < townships; i++) {
                    addUnit(insert, String.format(Locale.ROOT, "PT-%05d", i), "测试乡镇" + i, "TOWNSHIP", null, null, now);
                }
                insert.executeBatch();
                c.commit();
            }
            List<Long> departmentIds = ids(c, "select id from org_unit where code like 'PD-%' order by code");
            List<Long> townshipIds = ids(c, "select id from org_unit where code like 'PT-%' order by code");
            try (PreparedStatement insert = c.prepareStatement(unit)) {
                for (int i = 0; i < schools; i++) {
                    addUnit(insert, schoolCode(i), "测试学校" + i, "SCHOOL", townshipIds.get(i % townshipIds.size()),
                            departmentIds.get(i % departmentIds.size()), now);
                    flush(c, insert, i);
                }
                insert.executeBatch();
                c.commit();
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select id, code from org_unit where code like 'PS-%' order by code")) {
                while (rs.next()) {
                    schoolIds.add(rs.getLong(1));
                    schoolCodes.add(rs.getString(2));
                }
            }
            try (PreparedStatement contact = c.prepareStatement("insert into unit_contact (version, unit_id, name, title, email, "
                    + "liaison_of) values (0, ?, ?, '联络员', ?, ?)")) {
                List<Long> all = ids(c, "select id from org_unit where code like 'P_-%' order by id");
                for (int i = 0; i < all.size(); i++) {
                    contact.setLong(1, all.get(i));
                    contact.setString(2, "联络员" + all.get(i));
                    contact.setString(3, "liaison-" + all.get(i) + "@bench.test");
                    contact.setLong(4, all.get(i));
                    contact.addBatch();
                    flush(c, contact, i);
                }
                contact.executeBatch();
                c.commit();
            }
            // each school's liaison group as registration leaves it: the group, and its grant to open Tasklist
            try (PreparedStatement group = c.prepareStatement("insert into ACT_ID_GROUP (ID_, REV_, NAME_, TYPE_) values (?, 1, ?, 'UNIT')");
                 PreparedStatement grant = c.prepareStatement("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, "
                         + "RESOURCE_TYPE_, RESOURCE_ID_, PERMS_) values (?, 1, ?, ?, ?, 'tasklist', ?)")) {
                for (int i = 0; i < schools; i++) {
                    String groupId = groupOf(schoolCodes.get(i));
                    group.setString(1, groupId);
                    group.setString(2, "测试学校" + i);
                    group.addBatch();
                    grant.setString(1, "bench-auth-" + i);
                    grant.setInt(2, Authorization.AUTH_TYPE_GRANT);
                    grant.setString(3, groupId);
                    grant.setInt(4, Resources.APPLICATION.resourceType());
                    grant.setInt(5, Permissions.ACCESS.getValue());
                    grant.addBatch();
                    flush(c, group, i);
                    flush(c, grant, i);
                }
                group.executeBatch();
                grant.executeBatch();
                c.commit();
            }
            try (PreparedStatement insert = c.prepareStatement("insert into inspector (version, name, user_id, employment, duty, "
                    + "status, expert, created_at) values (0, ?, ?, 'PART_TIME', 'SCHOOL', 'ACTIVE', false, ?)")) {
                for (int i = 0; i < inspectors; i++) {
                    insert.setString(1, "测试督学" + i);
                    insert.setString(2, String.format(Locale.ROOT, "pi-%05d", i));
                    insert.setTimestamp(3, now);
                    insert.addBatch();
                    flush(c, insert, i);
                }
                insert.executeBatch();
                c.commit();
            }
            List<Long> inspectorIds = ids(c, "select id from inspector where user_id like 'pi-%' order by user_id");
            try (PreparedStatement insert = c.prepareStatement("insert into school_assignment (version, school_id, inspector_id, "
                    + "assigned_on) values (0, ?, ?, ?)")) {
                for (int i = 0; i < schools; i++) {
                    insert.setLong(1, schoolIds.get(i));
                    insert.setLong(2, inspectorIds.get(i % inspectorIds.size()));
                    insert.setDate(3, java.sql.Date.valueOf("2026-01-01"));
                    insert.addBatch();
                    flush(c, insert, i);
                }
                insert.executeBatch();
                c.commit();
            }
        }
    }

    private static void addUnit(PreparedStatement insert, String code, String name, String kind, Long township,
                                Long department, Timestamp now) throws SQLException {
        boolean school = "SCHOOL".equals(kind);
        insert.setString(1, code);
        insert.setString(2, name);
        insert.setString(3, kind);
        insert.setObject(4, township);
        insert.setString(5, school ? "PRIMARY" : null);
        insert.setString(6, school ? "PUBLIC" : null);
        insert.setObject(7, school ? 600 : null);
        insert.setObject(8, department);
        insert.setTimestamp(9, now);
        insert.addBatch();
    }

    /**
     * {@code count} open rectification-plan tasks, spread evenly over the schools, one process instance each;
     * every {@code overdueEvery}-th task is past its due date (the office's overdue list), the others are due
     * within 60 days. Engine rows and worklist rows, as {@code WorklistIndexer} writes them.
     */
    void openTasks(int count, String processDefinitionId, int overdueEvery) throws SQLException {
        Instant now = Instant.now();
        try (Connection c = data.getConnection();
             PreparedStatement execution = c.prepareStatement("insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, "
                     + "PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_, ACT_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, "
                     + "IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_, SEQUENCE_COUNTER_, PROC_DEF_KEY_) "
                     + "values (?, 1, ?, ?, ?, ?, 'Task_SubmitRectificationPlan', 1, 0, 1, 0, 1, 0, 1, 'rectification')");
             PreparedStatement task = c.prepareStatement("insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, "
                     + "PROC_DEF_ID_, NAME_, TASK_DEF_KEY_, PRIORITY_, CREATE_TIME_, DUE_DATE_, SUSPENSION_STATE_, TASK_STATE_) "
                     + "values (?, 1, ?, ?, ?, ?, 'Task_SubmitRectificationPlan', 50, ?, ?, 1, 'Created')");
             PreparedStatement link = c.prepareStatement("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_) "
                     + "values (?, 1, ?, 'candidate', ?)");
             PreparedStatement item = c.prepareStatement("insert into work_item (task_id, process_instance_id, "
                     + "process_definition_key, task_definition_key, name, business_key, due_at, due_sort, created_at) "
                     + "values (?, ?, 'rectification', 'Task_SubmitRectificationPlan', ?, ?, ?, ?, ?)");
             PreparedStatement identity = c.prepareStatement("insert into work_item_identity (task_id, identity_id) values (?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                String instance = String.format(Locale.ROOT, "bench-pi-%08d", i);
                String taskId = String.format(Locale.ROOT, "bench-task-%08d", i);
                int school = i % schoolCodes.size();
                String name = "提交整改方案 — 测试学校" + school + " · 省级基准督导";
                String businessKey = String.valueOf(1_000_000 + i);
                Timestamp created = Timestamp.from(now.minus(Duration.ofMinutes(count - i)));
                Timestamp due = Timestamp.from(i % overdueEvery == 0 ? now.minus(Duration.ofHours(1 + i % 500))
                        : now.plus(Duration.ofHours(1 + i % 1440)));
                String group = groupOf(schoolCodes.get(school));
                execution.setString(1, instance);
                execution.setString(2, instance);
                execution.setString(3, instance);
                execution.setString(4, businessKey);
                execution.setString(5, processDefinitionId);
                execution.addBatch();
                task.setString(1, taskId);
                task.setString(2, instance);
                task.setString(3, instance);
                task.setString(4, processDefinitionId);
                task.setString(5, name);
                task.setTimestamp(6, created);
                task.setTimestamp(7, due);
                task.addBatch();
                link.setString(1, String.format(Locale.ROOT, "bench-link-%08d", i));
                link.setString(2, group);
                link.setString(3, taskId);
                link.addBatch();
                item.setString(1, taskId);
                item.setString(2, instance);
                item.setString(3, name);
                item.setString(4, businessKey);
                item.setTimestamp(5, due);
                item.setTimestamp(6, due);
                item.setTimestamp(7, created);
                item.addBatch();
                identity.setString(1, taskId);
                identity.setString(2, "g:" + group);
                identity.addBatch();
                if ((i + 1) % BATCH == 0) {
                    execution.executeBatch();
                    task.executeBatch();
                    link.executeBatch();
                    item.executeBatch();
                    identity.executeBatch();
                    c.commit();
                }
            }
            execution.executeBatch();
            task.executeBatch();
            link.executeBatch();
            item.executeBatch();
            identity.executeBatch();
            c.commit();
        }
    }

    /** {@code tasks} completed tasks in processes of five tasks each, ended over the last year, with removal times. */
    void history(int tasks, String processDefinitionId) throws SQLException {
        Instant now = Instant.now();
        int perInstance = 5;
        try (Connection c = data.getConnection();
             PreparedStatement instance = c.prepareStatement("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, "
                     + "PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_, REMOVAL_TIME_, DURATION_, START_ACT_ID_, END_ACT_ID_, "
                     + "ROOT_PROC_INST_ID_, STATE_) values (?, ?, ?, 'rectification', ?, ?, ?, ?, ?, "
                     + "'StartEvent_RectificationOpened', 'EndEvent_Rectified', ?, 'COMPLETED')");
             PreparedStatement task = c.prepareStatement("insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, "
                     + "PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, "
                     + "END_TIME_, DURATION_, DELETE_REASON_, PRIORITY_, REMOVAL_TIME_, TASK_STATE_) "
                     + "values (?, 'Task_SubmitRectificationPlan', 'rectification', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'completed', 50, ?, 'Completed')")) {
            c.setAutoCommit(false);
            String current = null;
            for (int i = 0; i < tasks; i++) {
                Instant end = now.minus(Duration.ofMinutes((long) (tasks - i) / 2));
                Instant start = end.minus(Duration.ofDays(3));
                Timestamp removal = Timestamp.from(end.plus(Duration.ofDays(1826)));
                if (i % perInstance == 0) {
                    current = String.format(Locale.ROOT, "bench-hpi-%08d", i / perInstance);
                    instance.setString(1, current);
                    instance.setString(2, current);
                    instance.setString(3, String.valueOf(5_000_000 + i / perInstance));
                    instance.setString(4, processDefinitionId);
                    instance.setTimestamp(5, Timestamp.from(start));
                    instance.setTimestamp(6, Timestamp.from(end));
                    instance.setTimestamp(7, removal);
                    instance.setLong(8, Duration.between(start, end).toMillis());
                    instance.setString(9, current);
                    instance.addBatch();
                }
                task.setString(1, String.format(Locale.ROOT, "bench-htask-%09d", i));
                task.setString(2, processDefinitionId);
                task.setString(3, current);
                task.setString(4, current);
                task.setString(5, current);
                task.setString(6, String.format(Locale.ROOT, "TSRP:%09d", i));
                task.setString(7, "提交整改方案 — 测试学校" + (i % Math.max(1, schoolCodes.size())) + " · 往年督导");
                task.setString(8, "liaison-" + (i % 25_000));
                task.setTimestamp(9, Timestamp.from(start));
                task.setTimestamp(10, Timestamp.from(end));
                task.setLong(11, Duration.between(start, end).toMillis());
                task.setTimestamp(12, removal);
                task.addBatch();
                if ((i + 1) % BATCH == 0) {
                    instance.executeBatch();
                    task.executeBatch();
                    c.commit();
                }
            }
            instance.executeBatch();
            task.executeBatch();
            c.commit();
        }
    }

    /**
     * Cases in rectification with one open finding each at consecutive schools (from {@code firstSchool}),
     * as the feedback leaves them: what the burst's rectification processes start from. Returns the finding ids
     * with their case ids, {@code [findingId, caseId]}.
     */
    List<long[]> casesInRectification(int count, int firstSchool, String title) throws SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        List<long[]> findings = new ArrayList<>();
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into supervision_case (version, kind, mode, origin, title, "
                    + "scheduled_on, major_matter, status, rung, created_at, created_by) "
                    + "values (0, 'SCHOOL', 'ROUTINE', 'CADENCE', ?, ?, false, 'RECTIFYING', 'NONE', ?, 'bench')")) {
                for (int i = 0; i < count; i++) {
                    insert.setString(1, title + " " + i);
                    insert.setDate(2, java.sql.Date.valueOf("2026-11-01"));
                    insert.setTimestamp(3, now);
                    insert.addBatch();
                    flush(c, insert, i);
                }
                insert.executeBatch();
                c.commit();
            }
            List<Long> caseIds = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("select id from supervision_case where title like ? order by id")) {
                select.setString(1, title + " %");
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        caseIds.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement target = c.prepareStatement("insert into case_target (case_id, unit_id, is_lead) values (?, ?, true)");
                 PreparedStatement finding = c.prepareStatement("insert into finding (version, case_id, unit_id, item_no, category, "
                         + "severity, description, basis, status, recorded_at, recorded_by, requirement) "
                         + "values (0, ?, ?, 1, 'SAFETY', 'MODERATE', '消防通道堵塞', '《中小学幼儿园安全管理办法》', 'OPEN', ?, 'bench', "
                         + "'一周内清理消防通道')")) {
                for (int i = 0; i < caseIds.size(); i++) {
                    long school = schoolIds.get((firstSchool + i) % schoolIds.size());
                    target.setLong(1, caseIds.get(i));
                    target.setLong(2, school);
                    target.addBatch();
                    finding.setLong(1, caseIds.get(i));
                    finding.setLong(2, school);
                    finding.setTimestamp(3, now);
                    finding.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        target.executeBatch();
                        finding.executeBatch();
                        c.commit();
                    }
                }
                target.executeBatch();
                finding.executeBatch();
                c.commit();
            }
            try (PreparedStatement select = c.prepareStatement("select f.id, f.case_id from finding f join supervision_case s "
                    + "on s.id = f.case_id where s.title like ? order by f.id")) {
                select.setString(1, title + " %");
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        findings.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    }
                }
            }
        }
        return findings;
    }

    private static void flush(Connection c, PreparedStatement insert, int i) throws SQLException {
        if ((i + 1) % BATCH == 0) {
            insert.executeBatch();
            c.commit();
        }
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}

package org.dudao.worklist;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The worklist tables: one row per open user task, and one per identity that may work it. */
@Repository
class WorkItems {

    static final Timestamp NO_DUE_DATE = Timestamp.valueOf("9999-12-31 00:00:00");

    /** One open task as the lists show it. */
    record Row(String taskId, String name, String processInstanceId, String processDefinitionKey,
               String taskDefinitionKey, String businessKey, String assignee, Instant dueAt, Instant createdAt) {
    }

    /** What to index of a task. */
    record Item(String taskId, String processInstanceId, String processDefinitionKey, String taskDefinitionKey,
                String name, String businessKey, String assignee, Date due, Date created, Set<String> identities) {
    }

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getString("task_id"), rs.getString("name"),
            rs.getString("process_instance_id"), rs.getString("process_definition_key"),
            rs.getString("task_definition_key"), rs.getString("business_key"), rs.getString("assignee"),
            rs.getTimestamp("due_at") == null ? null : rs.getTimestamp("due_at").toInstant(),
            rs.getTimestamp("created_at").toInstant());

    private static final String COLUMNS = "w.task_id, w.name, w.process_instance_id, w.process_definition_key, "
            + "w.task_definition_key, w.business_key, w.assignee, w.due_at, w.created_at";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    WorkItems(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    void save(Item item) {
        remove(item.taskId());
        jdbc.update("insert into work_item (task_id, process_instance_id, process_definition_key, task_definition_key, "
                        + "name, business_key, assignee, due_at, due_sort, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                item.taskId(), item.processInstanceId(), item.processDefinitionKey(), item.taskDefinitionKey(),
                truncate(item.name()), item.businessKey(), item.assignee(), timestamp(item.due()),
                item.due() == null ? NO_DUE_DATE : timestamp(item.due()),
                timestamp(item.created() == null ? new Date() : item.created()));
        List<Object[]> identities = new ArrayList<>();
        item.identities().forEach(identity -> identities.add(new Object[] {item.taskId(), identity}));
        if (!identities.isEmpty()) {
            jdbc.batchUpdate("insert into work_item_identity (task_id, identity_id) values (?, ?)", identities);
        }
    }

    void remove(String taskId) {
        jdbc.update("delete from work_item_identity where task_id = ?", taskId);
        jdbc.update("delete from work_item where task_id = ?", taskId);
    }

    void removeAll() {
        jdbc.update("delete from work_item_identity");
        jdbc.update("delete from work_item");
    }

    long count() {
        return jdbc.queryForObject("select count(*) from work_item", Long.class);
    }

    /**
     * Open tasks by due date, earliest first (tasks without a due date last). {@code identities}
     * null means every task; otherwise only tasks one of them may work. {@code dueBefore} and
     * {@code dueAfter} narrow to a window.
     */
    List<Row> list(Collection<String> identities, Instant dueAfter, Instant dueBefore, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", limit).addValue("offset", offset);
        StringBuilder sql = new StringBuilder("select ").append(COLUMNS).append(" from work_item w where 1 = 1");
        if (identities != null) {
            if (identities.isEmpty()) {
                return List.of();
            }
            sql.append(" and w.task_id in (select i.task_id from work_item_identity i where i.identity_id in (:identities))");
            params.addValue("identities", identities);
        }
        if (dueAfter != null) {
            sql.append(" and w.due_sort > :dueAfter");
            params.addValue("dueAfter", Timestamp.from(dueAfter));
        }
        if (dueBefore != null) {
            sql.append(" and w.due_sort < :dueBefore");
            params.addValue("dueBefore", Timestamp.from(dueBefore));
        }
        sql.append(" order by w.due_sort, w.created_at, w.task_id limit :limit offset :offset");
        return named.query(sql.toString(), params, ROW);
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    private static String truncate(String name) {
        return name == null || name.length() <= 255 ? name : name.substring(0, 255);
    }
}

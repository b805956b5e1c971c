package org.dudao.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.dudao.shared.Roles;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every role works from, each sorted by due date. Authorization does the
 * per-user part: a filter without criteria shows each user exactly the tasks they may work, so
 * "我的待办" serves a liaison (their unit's tasks), an inspector (their cases) and the office (all).
 * Expressions such as {@code ${now()}} are disabled in stored queries (a security setting), so the
 * date filters hold literal dates that {@link #refreshDates()} moves forward.
 */
@Component
class TasklistFilters {

    static final String KEY = "dudaoKey";

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    /** One filter: its key, Chinese name, description, colour, the groups that see it (empty: everyone) and its query. */
    record Definition(String key, String name, String description, String color, List<String> groups,
                      Function<TaskService, TaskQuery> query) {
    }

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;
    private final Duration dueSoon;

    TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations,
                    @Value("${dudao.tasklist.due-soon:P3D}") Duration dueSoon) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
        this.dueSoon = dueSoon;
    }

    List<Definition> definitions(Instant now) {
        Date today = Date.from(now);
        Date soon = Date.from(now.plus(dueSoon));
        return List.of(
                new Definition("my-tasks", "我的待办", "我可以办理的全部任务，按到期日排序", "#1f4e79", List.of(),
                        t -> t.createTaskQuery().orderByDueDate().asc()),
                new Definition("unit-rectification", "本单位整改",
                        "整改方案、整改报告任务（责任单位只看到本单位的）", "#2e7d32", List.of(),
                        t -> t.createTaskQuery().taskDefinitionKeyIn("Task_SubmitRectificationPlan",
                                "Task_SubmitRectificationReport").orderByDueDate().asc()),
                new Definition("due-soon", "即将到期", "今后 " + dueSoon.toDays() + " 天内到期的任务", "#e09f1f",
                        List.of(), t -> t.createTaskQuery().dueAfter(today).dueBefore(soon).orderByDueDate().asc()),
                new Definition("overdue", "已逾期", "已过到期日仍未办理的任务", "#c62828", List.of(),
                        t -> t.createTaskQuery().dueBefore(today).orderByDueDate().asc()),
                new Definition("office-queue", "督导办待办", "督导办的任务：制订方案、反馈、约谈记录、通报起草、问责建议",
                        "#5b6b7d", List.of(Roles.OFFICE),
                        t -> t.createTaskQuery().taskCandidateGroup(Roles.OFFICE).includeAssignedTasks()
                                .orderByDueDate().asc()),
                new Definition("committee-approvals", "待审批", "督导委员会审批的方案、报告、约谈、通报和问责",
                        "#6a1b9a", List.of(Roles.COMMITTEE, Roles.OFFICE),
                        t -> t.createTaskQuery().taskCandidateGroup(Roles.COMMITTEE).includeAssignedTasks()
                                .orderByDueDate().asc()));
    }

    /** Creates missing filters and their grants; safe to repeat. */
    void ensureFilters() {
        Map<String, Filter> existing = existingByKey();
        int priority = 0;
        for (Definition definition : definitions(Instant.now())) {
            priority++;
            Filter filter = existing.get(definition.key());
            if (filter == null) {
                filter = filters.newTaskFilter(definition.name());
                filter.setProperties(properties(definition, priority));
                filter.setQuery(definition.query().apply(tasks));
                filter = filters.saveFilter(filter);
                log.info("Created Tasklist filter {}", definition.name());
            }
            grantRead(filter.getId(), definition.groups());
        }
    }

    /** Moves the literal dates of the date filters to now; both nodes may do it, the last one wins. */
    @Scheduled(fixedDelayString = "${dudao.tasklist.filter-refresh:PT10M}", initialDelayString = "${dudao.tasklist.filter-refresh:PT10M}")
    void refreshDates() {
        Map<String, Filter> existing = existingByKey();
        for (Definition definition : definitions(Instant.now())) {
            if (!List.of("due-soon", "overdue").contains(definition.key())) {
                continue;
            }
            Filter filter = existing.get(definition.key());
            if (filter == null) {
                continue;
            }
            try {
                filters.saveFilter(filter.setQuery(definition.query().apply(tasks)));
            } catch (OptimisticLockingException anotherNodeWasFaster) {
                log.debug("Filter {} was refreshed by another node", definition.key());
            }
        }
    }

    Optional<Filter> filter(String key) {
        return Optional.ofNullable(existingByKey().get(key));
    }

    private Map<String, Filter> existingByKey() {
        Map<String, Filter> byKey = new LinkedHashMap<>();
        for (Filter filter : filters.createTaskFilterQuery().list()) {
            Object key = filter.getProperties() == null ? null : filter.getProperties().get(KEY);
            if (key != null) {
                byKey.put(key.toString(), filter);
            }
        }
        return byKey;
    }

    private static Map<String, Object> properties(Definition definition, int priority) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(KEY, definition.key());
        properties.put("description", definition.description());
        properties.put("color", definition.color());
        properties.put("priority", priority);
        properties.put("refresh", true);
        return properties;
    }

    private void grantRead(String filterId, List<String> groups) {
        if (groups.isEmpty()) {
            boolean granted = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                    .resourceType(Resources.FILTER).resourceId(filterId).count() > 0;
            if (!granted) {
                Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
                everyone.setUserId(Authorization.ANY);
                everyone.setResource(Resources.FILTER);
                everyone.setResourceId(filterId);
                everyone.addPermission(Permissions.READ);
                authorizations.saveAuthorization(everyone);
            }
            return;
        }
        for (String group : groups) {
            boolean granted = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                    .groupIdIn(group).resourceType(Resources.FILTER).resourceId(filterId).count() > 0;
            if (!granted) {
                Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                grant.setGroupId(group);
                grant.setResource(Resources.FILTER);
                grant.setResourceId(filterId);
                grant.addPermission(Permissions.READ);
                authorizations.saveAuthorization(grant);
            }
        }
    }
}

package org.dudao.worklist;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.dudao.shared.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Task lists by due date, fast at province scale: {@code mine} (every task the caller may work),
 * {@code overdue} and {@code due-soon}. The same rule as the engine's authorizations decides what a
 * caller sees: office, committee and admins everything; others the tasks whose candidate group
 * they are in, whose candidate user or assignee they are.
 */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "待办 / Worklist")
@Validated
class WorklistController {

    enum View { MINE, OVERDUE, DUE_SOON }

    record TaskItem(String id, String name, String processInstanceId, String processDefinitionKey,
                    String taskDefinitionKey, String caseId, String assignee, Instant due, Instant created,
                    boolean overdue, String tasklistLink) {
    }

    private final WorkItems items;
    private final Duration dueSoon;

    WorklistController(WorkItems items, @Value("${dudao.tasklist.due-soon:P3D}") Duration dueSoon) {
        this.items = items;
        this.dueSoon = dueSoon;
    }

    @GetMapping
    @Operation(summary = "我的待办、已逾期、即将到期（按到期日排序） / My tasks, overdue, due soon (by due date)")
    List<TaskItem> list(@RequestParam(defaultValue = "MINE") View view,
                        @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int offset,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        Instant now = Instant.now();
        Instant after = view == View.DUE_SOON ? now : null;
        Instant before = switch (view) {
            case MINE -> null;
            case OVERDUE -> now;
            case DUE_SOON -> now.plus(dueSoon);
        };
        return items.list(identities(Caller.current()), after, before, offset, size).stream()
                .map(row -> new TaskItem(row.taskId(), row.name(), row.processInstanceId(), row.processDefinitionKey(),
                        row.taskDefinitionKey(), row.businessKey(), row.assignee(), row.dueAt(), row.createdAt(),
                        row.dueAt() != null && row.dueAt().isBefore(now),
                        "/camunda/app/tasklist/default/#/?task=" + row.taskId()))
                .toList();
    }

    /** Null: everything; otherwise the identities whose tasks the caller may work. */
    static Set<String> identities(Caller caller) {
        if (caller.seesEverything()) {
            return null;
        }
        Set<String> identities = new LinkedHashSet<>();
        identities.add(WorklistIndexer.user(caller.userId()));
        caller.groups().forEach(group -> identities.add(WorklistIndexer.group(group)));
        return identities;
    }
}

package org.dudao.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;

/**
 * Drives one case through the lifecycle with no escalation — plan, inspection (one finding), report, feedback,
 * rectification plan, report and verification, look-back, close and upward report — the same way on the bare
 * engine and on Dudao: tasks completed with the variables the Tasklist submits, async continuations and the
 * look-back timer executed as jobs by the driving thread (the job executor is off in this phase).
 */
final class LifecycleDriver {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final String unitCode;
    private final List<String> team;
    private final Function<String, List<Long>> findingIds;

    LifecycleDriver(ProcessEngine engine, String unitCode, List<String> team, Function<String, List<Long>> findingIds) {
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.management = engine.getManagementService();
        this.unitCode = unitCode;
        this.team = team;
        this.findingIds = findingIds;
    }

    /** Runs the case with this business key from its first task to its end. */
    void runToEnd(String businessKey) {
        for (int round = 0; round < 200; round++) {
            List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list();
            if (!open.isEmpty()) {
                for (Task task : open) {
                    tasks.complete(task.getId(), submission(task.getTaskDefinitionKey(), businessKey));
                }
                continue;
            }
            List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list();
            if (instances.isEmpty()) {
                return;
            }
            List<Job> jobs = new ArrayList<>();
            for (ProcessInstance instance : instances) {
                jobs.addAll(management.createJobQuery().processInstanceId(instance.getId()).messages().withRetriesLeft().list());
            }
            if (jobs.isEmpty()) {
                for (ProcessInstance instance : instances) {
                    jobs.addAll(management.createJobQuery().processInstanceId(instance.getId()).timers()
                            .activityId("Timer_LookBackDue").list());
                }
            }
            if (jobs.isEmpty()) {
                throw new IllegalStateException("case " + businessKey + " is stuck: no task, no job");
            }
            for (Job job : jobs) {
                management.executeJob(job.getId());
            }
        }
        throw new IllegalStateException("case " + businessKey + " did not end in 200 rounds");
    }

    /** What the Tasklist would submit for each task of the path. */
    private Map<String, Object> submission(String taskKey, String businessKey) {
        String today = LocalDate.now().toString();
        return switch (taskKey) {
            case "Task_DraftPlan" -> vars("planScope", "督导范围：教育教学、安全稳定", "planChecklist", "课程开设\n安全台账",
                    "teamUserIds", team, "planDate", LocalDate.now().plusDays(5).toString());
            case "Task_ApprovePlan" -> vars("planDecision", "APPROVED");
            case "Task_InspectOnSite" -> vars("inspectionOutcome", "FINDINGS", "findings", List.of(Map.of(
                    "unitCode", unitCode, "category", "SAFETY", "severity", "GENERAL",
                    "description", "消防通道堵塞", "legalBasis", "《中小学幼儿园安全管理办法》")),
                    "inspectionNotes", "查看了教室和食堂");
            case "Task_DraftReport" -> vars("reportText", "督导报告：发现问题 1 项，逐项提出整改要求。");
            case "Task_ApproveReport" -> vars("reportDecision", "APPROVED", "majorMatter", false);
            case "Task_HoldFeedback" -> {
                List<Map<String, Object>> items = new ArrayList<>();
                for (Long id : findingIds.apply(businessKey)) {
                    Map<String, Object> item = new HashMap<>();
                    item.put("findingId", id);
                    item.put("finding", "消防通道堵塞");
                    item.put("requirement", "一周内清理消防通道");
                    item.put("deadline", null);
                    items.add(item);
                }
                yield vars("feedbackMethod", "WRITTEN_NOTICE", "feedbackDate", today, "feedbackItems", items);
            }
            case "Task_SubmitRectificationPlan" -> vars("planText", "整改方案：专人负责，限期清理。",
                    "responsiblePerson", "王校长", "plannedCompletionDate", LocalDate.now().plusDays(10).toString());
            case "Task_SubmitRectificationReport" -> vars("reportText", "整改报告：已清理到位。", "completedDate", today);
            case "Task_VerifyRectification" -> vars("verificationOutcome", "ACCEPTED", "verificationComment", "整改到位");
            case "Task_LookBackReview" -> vars("lookBackOutcome", "NO_RELAPSE", "lookBackNotes", "整改成果巩固");
            default -> throw new IllegalStateException("the lifecycle has no task " + taskKey);
        };
    }

    private static Map<String, Object> vars(Object... nameValues) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            Object value = nameValues[i + 1];
            vars.put((String) nameValues[i], value instanceof List<?> list ? Spin.JSON(list) : value);
        }
        return vars;
    }
}

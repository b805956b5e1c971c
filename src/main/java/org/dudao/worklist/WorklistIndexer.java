package org.dudao.worklist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Keeps the worklist in step with every user task of every model: a task listener added to each
 * user task at parse time writes the task's row in the same transaction as the engine's change
 * (created, assigned, updated, completed, deleted), so the list is never ahead of or behind the engine.
 */
@Component
class WorklistIndexer extends AbstractProcessEnginePlugin implements TaskListener {

    private static final List<String> INDEXING_EVENTS = List.of(EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE);

    private final WorkItems items;
    private final TaskService tasks;
    private final RuntimeService runtime;

    WorklistIndexer(WorkItems items, @Lazy TaskService tasks, @Lazy RuntimeService runtime) {
        this.items = items;
        this.tasks = tasks;
        this.runtime = runtime;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners =
                configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
                        : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                for (String event : List.of(EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE,
                        EVENTNAME_COMPLETE, EVENTNAME_DELETE)) {
                    definition.addBuiltInTaskListener(event, WorklistIndexer.this);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void notify(DelegateTask task) {
        if (INDEXING_EVENTS.contains(task.getEventName())) {
            ExecutionEntity execution = (ExecutionEntity) task.getExecution();
            items.save(new WorkItems.Item(task.getId(), task.getProcessInstanceId(),
                    execution == null ? null : execution.getProcessDefinition().getKey(),
                    task.getTaskDefinitionKey(), task.getName(),
                    execution == null ? null : execution.getProcessBusinessKey(), task.getAssignee(),
                    task.getDueDate(), task.getCreateTime(), identities(task.getAssignee(), task.getCandidates())));
        } else {
            items.remove(task.getId());
        }
    }

    /** Rebuilds the whole list from the engine (after an upgrade or any doubt); returns the number indexed. */
    int rebuild() {
        items.removeAll();
        int indexed = 0;
        int page = 500;
        for (int first = 0; ; first += page) {
            List<Task> batch = tasks.createTaskQuery().orderByTaskId().asc().listPage(first, page);
            Map<String, String> businessKeys = businessKeys(batch);
            for (Task task : batch) {
                if (task.getProcessInstanceId() == null) {
                    continue;
                }
                items.save(new WorkItems.Item(task.getId(), task.getProcessInstanceId(),
                        definitionKey(task.getProcessDefinitionId()), task.getTaskDefinitionKey(), task.getName(),
                        businessKeys.get(task.getProcessInstanceId()), task.getAssignee(), task.getDueDate(),
                        task.getCreateTime(),
                        identities(task.getAssignee(), Set.copyOf(tasks.getIdentityLinksForTask(task.getId())))));
                indexed++;
            }
            if (batch.size() < page) {
                return indexed;
            }
        }
    }

    private Map<String, String> businessKeys(List<Task> batch) {
        Set<String> instanceIds = new HashSet<>();
        batch.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).forEach(instanceIds::add);
        Map<String, String> keys = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                    .forEach(instance -> keys.put(instance.getId(), instance.getBusinessKey()));
        }
        return keys;
    }

    static Set<String> identities(String assignee, Set<IdentityLink> links) {
        Set<String> identities = new LinkedHashSet<>();
        if (assignee != null) {
            identities.add(user(assignee));
        }
        for (IdentityLink link : links) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getGroupId() != null) {
                identities.add(group(link.getGroupId()));
            } else if (link.getUserId() != null) {
                identities.add(user(link.getUserId()));
            }
        }
        return identities;
    }

    static String user(String userId) {
        return "u:" + userId;
    }

    static String group(String groupId) {
        return "g:" + groupId;
    }

    private static String definitionKey(String definitionId) {
        return definitionId == null ? null : definitionId.split(":")[0];
    }
}

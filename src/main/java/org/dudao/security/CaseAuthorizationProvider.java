package org.dudao.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Whoever may work a task may also read the process instance it belongs to, now and in history —
 * and nothing else. The engine already grants the task itself to its assignee and candidates; this
 * adds READ on the task's process instance (runtime and historic), so a unit's liaisons see their
 * own rectification, its variables and its history through Tasklist and {@code /engine-rest}, and
 * no other unit's.
 */
class CaseAuthorizationProvider extends DefaultAuthorizationProvider {

    // note the engine's parameter order here: group before user
    @Override
    protected AuthorizationEntity[] createOrUpdateAuthorizations(Task task, String groupId, String userId) {
        AuthorizationEntity[] taskGrants = super.createOrUpdateAuthorizations(task, groupId, userId);
        String processInstanceId = task.getProcessInstanceId();
        if (processInstanceId == null) {
            return taskGrants;
        }
        List<AuthorizationEntity> grants = new ArrayList<>(Arrays.asList(taskGrants));
        grants.add(grant(userId, groupId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ));
        AuthorizationEntity history = grant(userId, groupId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
                HistoricProcessInstancePermissions.READ);
        provideRemovalTime(history, task);
        grants.add(history);
        return grants.toArray(AuthorizationEntity[]::new);
    }

    private AuthorizationEntity grant(String userId, String groupId, Resource resource, String resourceId,
                                      org.camunda.bpm.engine.authorization.Permission permission) {
        AuthorizationEntity existing = userId != null
                ? getGrantAuthorizationByUserId(userId, resource, resourceId)
                : getGrantAuthorizationByGroupId(groupId, resource, resourceId);
        if (existing == null) {
            existing = createGrantAuthorization(userId, groupId, resource, resourceId);
            // two tasks of one instance created in one transaction must not insert the same grant twice
            updateAuthorizationBasedOnCacheEntries(existing, userId, groupId, resource, resourceId);
        }
        existing.addPermission(permission);
        return existing;
    }
}

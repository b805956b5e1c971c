package org.dudao.security;

import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.dudao.organization.OrganizationService;
import org.dudao.shared.Roles;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * The standing grants of each role, written where missing (idempotent, safe on every start and on
 * several nodes). Office staff work and steer every case; the committee reads everything and
 * decides in its own tasks; designers deploy models; inspectors, discipline liaisons and unit
 * liaisons get nothing global — only the tasks they are candidates for and those tasks' process
 * instances ({@link CaseAuthorizationProvider}).
 */
@Component
class RoleAccess {

    static final String ANY = Authorization.ANY;

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    RoleAccess(IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
    }

    void ensureRoles() {
        Roles.GROUPS.forEach((id, name) -> ensureGroup(id, name, "WORKFLOW"));

        application(Roles.OFFICE, "tasklist", "cockpit");
        grant(Roles.OFFICE, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.TASK_WORK,
                ProcessDefinitionPermissions.TASK_ASSIGN, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE);
        grant(Roles.OFFICE, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE, ProcessInstancePermissions.READ,
                ProcessInstancePermissions.UPDATE);
        grant(Roles.OFFICE, TASK, ANY, TaskPermissions.READ, TaskPermissions.UPDATE, TaskPermissions.TASK_WORK,
                TaskPermissions.TASK_ASSIGN);
        readEverything(Roles.OFFICE);

        application(Roles.COMMITTEE, "tasklist", "cockpit");
        grant(Roles.COMMITTEE, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE);
        grant(Roles.COMMITTEE, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
        grant(Roles.COMMITTEE, TASK, ANY, TaskPermissions.READ);
        readEverything(Roles.COMMITTEE);

        application(Roles.DESIGNER, "tasklist", "cockpit");
        grant(Roles.DESIGNER, DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE);
        // the models, not the cases: no history, since instances and their variables carry units' data
        grant(Roles.DESIGNER, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        grant(Roles.DESIGNER, DECISION_DEFINITION, ANY, Permissions.READ);
        grant(Roles.DESIGNER, DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);

        application(Roles.INSPECTOR, "tasklist");
        application(Roles.DISCIPLINE, "tasklist");

        // every logged-in user may read the models (Tasklist loads a task's form through its definition);
        // instances, tasks and history stay per role, per unit and per task
        everyone(PROCESS_DEFINITION, ProcessDefinitionPermissions.READ);
    }

    /**
     * Every unit's liaison group (id → unit name) exists and may open Tasklist. Two queries for the registry,
     * then writes only for what is missing: a province has 25,000 units, and one check per unit made every
     * start read 50,000 times.
     */
    void ensureUnitGroups(Map<String, String> nameByGroupId) {
        Set<String> groups = identity.createGroupQuery().groupType(OrganizationService.UNIT_GROUP_TYPE).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        Set<String> mayOpenTasklist = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(APPLICATION).resourceId("tasklist")
                .list().stream().filter(grant -> grant.getGroupId() != null
                        && ((AuthorizationEntity) grant).getPermissions() == Permissions.ACCESS.getValue())
                .map(Authorization::getGroupId).collect(Collectors.toSet());
        nameByGroupId.forEach((groupId, name) -> {
            if (!groups.contains(groupId)) {
                ensureGroup(groupId, name, OrganizationService.UNIT_GROUP_TYPE);
            }
            if (!mayOpenTasklist.contains(groupId)) {
                application(groupId, "tasklist");
            }
        });
    }

    /** A unit's liaison group: it exists, and may open Tasklist. */
    void ensureUnitGroup(String groupId, String unitName) {
        ensureGroup(groupId, unitName, OrganizationService.UNIT_GROUP_TYPE);
        application(groupId, "tasklist");
    }

    private void readEverything(String group) {
        grant(group, HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        grant(group, HISTORIC_TASK, ANY, HistoricTaskPermissions.READ, HistoricTaskPermissions.READ_VARIABLE);
        grant(group, DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(group, DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grant(group, DEPLOYMENT, ANY, Permissions.READ);
        grant(group, USER, ANY, Permissions.READ);
        grant(group, GROUP, ANY, Permissions.READ);
    }

    private void everyone(Resource resource, Permission permission) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GLOBAL).resourceType(resource).resourceId(ANY).singleResult();
        if (existing != null && existing.isPermissionGranted(permission)) {
            return;
        }
        Authorization global = existing != null ? existing
                : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        global.setUserId(ANY);
        global.setResource(resource);
        global.setResourceId(ANY);
        global.addPermission(permission);
        authorizations.saveAuthorization(global);
    }

    private void ensureGroup(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    private void application(String group, String... applications) {
        for (String application : applications) {
            grant(group, APPLICATION, application, Permissions.ACCESS);
        }
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).singleResult();
        int wanted = Arrays.stream(permissions).mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
        if (existing != null && ((AuthorizationEntity) existing).getPermissions() == wanted) {
            return;
        }
        // exactly the listed permissions: a permission taken out of this class is revoked at the next start
        Authorization grant = existing != null ? existing
                : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.setPermissions(permissions);
        authorizations.saveAuthorization(grant);
    }
}

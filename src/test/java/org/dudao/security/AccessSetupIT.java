package org.dudao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.dudao.DudaoIntegrationTest;
import org.dudao.organization.OrganizationService;
import org.dudao.organization.OrganizationService.NewUnit;
import org.dudao.organization.UnitKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** At start every registered unit has its liaison group, which may open Tasklist; what is missing is written once. */
@DudaoIntegrationTest
class AccessSetupIT {

    @Autowired AccessSetup setup;
    @Autowired OrganizationService organization;
    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;

    @Test
    void aUnitWhoseGroupAndGrantAreMissingGetsThemBackOnceAndEveryUnitHasItsGroup() {
        String code = "T-ACCESS-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        organization.create(new NewUnit(code, "访问测试单位" + code, UnitKind.DEPARTMENT, false, null, null, null, null,
                null, null, null));
        String groupId = OrganizationService.groupIdOf(code);
        assertThat(tasklistGrants(groupId)).as("registration writes the group's grant").hasSize(1);

        // as a database restored from before the unit's group was written
        tasklistGrants(groupId).forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
        identity.deleteGroup(groupId);
        assertThat(identity.createGroupQuery().groupId(groupId).count()).isZero();
        long authorizationsBefore = authorizations.createAuthorizationQuery().count();

        setup.run(null);

        Group group = identity.createGroupQuery().groupId(groupId).singleResult();
        assertThat(group.getName()).isEqualTo("访问测试单位" + code);
        assertThat(group.getType()).isEqualTo("UNIT");
        assertThat(tasklistGrants(groupId)).hasSize(1).allSatisfy(grant -> {
            assertThat(grant.isPermissionGranted(Permissions.ACCESS)).isTrue();
            assertThat(grant.getAuthorizationType()).isEqualTo(Authorization.AUTH_TYPE_GRANT);
        });
        // the Tasklist grant, and the engine's own grant of the new group on itself
        assertThat(authorizations.createAuthorizationQuery().count()).as("only what was missing is written")
                .isEqualTo(authorizationsBefore + 2);

        setup.run(null);
        assertThat(authorizations.createAuthorizationQuery().count()).as("a second start writes nothing")
                .isEqualTo(authorizationsBefore + 2);

        Set<String> unitGroups = identity.createGroupQuery().groupType("UNIT").list().stream().map(Group::getId)
                .collect(Collectors.toSet());
        assertThat(organization.allLabels()).as("every registered unit has its liaison group")
                .allSatisfy(unit -> assertThat(unitGroups).contains(OrganizationService.groupIdOf(unit.code())));
    }

    private List<Authorization> tasklistGrants(String groupId) {
        return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(Resources.APPLICATION).resourceId("tasklist").list();
    }
}

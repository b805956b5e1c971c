package org.dudao.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.dudao.inspector.InspectorService;
import org.dudao.inspector.InspectorService.NewInspector;
import org.dudao.inspector.InspectorService.NewTerm;
import org.dudao.organization.OrganizationService;
import org.dudao.organization.OrganizationService.ContactDetails;
import org.dudao.organization.OrganizationService.NewUnit;
import org.dudao.organization.OrganizationService.UnitView;
import org.dudao.organization.UnitKind;
import org.dudao.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the Wusheng County demo registry (units, schools, inspectors, liaisons) and the demo users
 * and groups, from {@code demo/wusheng.yaml}, then the demo cases ({@link DemoCases}). The registry is written once, in one transaction,
 * only into an empty registry; users, groups and application grants are created only where
 * missing — so a restart, or a second node starting at the same time, adds nothing.
 */
@Component
@ConditionalOnProperty(name = "dudao.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String FILE = "demo/wusheng.yaml";
    static final String PASSWORD = "demo";
    /** Groups that are not units: office staff, committee, inspectors, discipline liaisons, process designers. */
    static final Map<String, String> ROLE_GROUPS = new LinkedHashMap<>();

    static {
        ROLE_GROUPS.put("office", "督导办 / supervision office");
        ROLE_GROUPS.put("committee", "督导委员会 / supervision committee");
        ROLE_GROUPS.put("inspector", "督学 / inspectors");
        ROLE_GROUPS.put("discipline", "纪检组织绩效联络人 / discipline and organisation liaisons");
        ROLE_GROUPS.put("designer", "流程设计 / process designers");
    }

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganizationService organization;
    private final InspectorService inspectors;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final TransactionTemplate transaction;
    private final DemoCases cases;

    DemoData(OrganizationService organization, InspectorService inspectors, IdentityService identity,
             AuthorizationService authorizations, PlatformTransactionManager transactionManager, DemoCases cases) {
        this.cases = cases;
        this.organization = organization;
        this.inspectors = inspectors;
        this.identity = identity;
        this.authorizations = authorizations;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoFile demo = load();
        boolean seededElsewhere = !seedRegistry(demo);
        try {
            seedIdentity(demo);
        } catch (ProcessEngineException e) {
            // another node created some of the same users or groups meanwhile: one more pass fills the rest
            log.info("Demo identities were partly created concurrently; checking again ({})", e.getMessage());
            seedIdentity(demo);
        }
        if (!seededElsewhere) {
            // a node that lost the race to seed the registry leaves the cases to the node that won it
            cases.seed();
        }
    }

    static DemoFile load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).findAndRegisterModules()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return yaml.readValue(in, DemoFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    /** Seeds the registry into an empty one; false if another node seeded it at the same moment. */
    private boolean seedRegistry(DemoFile demo) {
        if (organization.unitByCode(demo.townships().get(0).code()).isPresent()) {
            log.info("Demo registry of {} is present; nothing to seed", demo.county());
            return true;
        }
        try {
            transaction.executeWithoutResult(status -> writeRegistry(demo));
            log.info("Seeded the demo registry of {}: {} departments, {} townships, {} schools, {} inspectors",
                    demo.county(), demo.departments().size(), demo.townships().size(), demo.schools().size(),
                    demo.inspectors().size());
            return true;
        } catch (DataIntegrityViolationException | DomainException e) {
            // another node seeded at the same moment; its data stands
            log.info("Demo registry was seeded concurrently by another node");
            return false;
        }
    }

    private void writeRegistry(DemoFile demo) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (DemoFile.Department d : demo.departments()) {
            ids.put(d.code(), organization.create(new NewUnit(d.code(), d.name(), UnitKind.DEPARTMENT, d.committeeMember(),
                    null, null, null, null, null, null, null)).id());
        }
        for (DemoFile.Township t : demo.townships()) {
            ids.put(t.code(), organization.create(new NewUnit(t.code(), t.name(), UnitKind.TOWNSHIP, false,
                    null, null, null, null, null, null, null)).id());
        }
        Long authority = ids.get(demo.educationAuthority());
        for (DemoFile.School s : demo.schools()) {
            UnitView school = organization.create(new NewUnit(s.code(), s.name(), UnitKind.SCHOOL, false,
                    ids.get(s.township()), s.kind(), s.ownership(), s.students(), s.licence(), authority, null));
            ids.put(s.code(), school.id());
            DemoFile.Liaison l = s.liaison();
            organization.addContact(school.id(), new ContactDetails(l.name(), l.title(), l.email(), l.phone(), l.userId(), true));
        }
        for (DemoFile.UnitLiaison l : demo.unitLiaisons()) {
            organization.addContact(ids.get(l.unit()), new ContactDetails(l.name(), l.title(), l.email(), l.phone(),
                    l.userId(), true));
        }
        for (DemoFile.Inspector i : demo.inspectors()) {
            DemoFile.Term first = i.terms().get(0);
            var inspector = inspectors.create(new NewInspector(i.name(), i.userId(), i.employment(), i.duty(), i.phone(),
                    i.email(), i.expert(), i.specialities(), null, first.start(), first.end()));
            for (DemoFile.Term term : i.terms().subList(1, i.terms().size())) {
                inspectors.appoint(inspector.id(), new NewTerm(term.start(), term.end(), null));
            }
            if (i.schools() != null) {
                for (String school : i.schools()) {
                    inspectors.assign(ids.get(school), inspector.id(), first.start());
                }
            }
        }
    }

    private void seedIdentity(DemoFile demo) {
        ROLE_GROUPS.forEach((id, name) -> group(id, name, "WORKFLOW"));
        for (DemoFile.Department d : demo.departments()) {
            group(OrganizationService.groupIdOf(d.code()), d.name(), OrganizationService.UNIT_GROUP_TYPE);
        }
        for (DemoFile.Township t : demo.townships()) {
            group(OrganizationService.groupIdOf(t.code()), t.name(), OrganizationService.UNIT_GROUP_TYPE);
        }
        for (DemoFile.School s : demo.schools()) {
            group(OrganizationService.groupIdOf(s.code()), s.name(), OrganizationService.UNIT_GROUP_TYPE);
        }
        for (DemoFile.User u : demo.users()) {
            if (identity.createUserQuery().userId(u.id()).count() == 0) {
                User user = identity.newUser(u.id());
                user.setFirstName(u.firstName());
                user.setLastName(u.lastName());
                user.setEmail(u.email());
                user.setPassword(PASSWORD);
                identity.saveUser(user);
            }
            for (String group : u.groups()) {
                if (identity.createUserQuery().userId(u.id()).memberOfGroup(group).count() == 0) {
                    identity.createMembership(u.id(), group);
                }
            }
        }
        // every demo group may open Tasklist; office staff and designers also Cockpit
        ROLE_GROUPS.keySet().forEach(group -> grantApplication(group, "tasklist"));
        grantApplication("office", "cockpit");
        grantApplication("designer", "cockpit");
        demo.users().stream().flatMap(u -> u.groups().stream()).filter(g -> g.startsWith("unit-")).distinct()
                .forEach(group -> grantApplication(group, "tasklist"));
    }

    private void group(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    private void grantApplication(String groupId, String application) {
        if (authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(Resources.APPLICATION)
                .resourceId(application).count() > 0 || Groups.CAMUNDA_ADMIN.equals(groupId)) {
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(groupId);
        grant.setResource(Resources.APPLICATION);
        grant.setResourceId(application);
        grant.addPermission(Permissions.ACCESS);
        authorizations.saveAuthorization(grant);
    }

    /** The demo users, for documentation and tests. */
    static List<DemoFile.User> users() {
        return load().users();
    }
}

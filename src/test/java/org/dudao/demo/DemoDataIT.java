package org.dudao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.dudao.Api;
import org.dudao.DudaoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Wusheng County demo data: registry, standing rules, users and groups, and that seeding again adds nothing. */
@DudaoIntegrationTest
class DemoDataIT {

    @LocalServerPort int port;
    @Autowired IdentityService identity;
    @Autowired DemoData demoData;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theRegistryHoldsTheCountysUnitsAndSchools() {
        Api api = new Api(port);
        DemoFile demo = DemoData.load();
        assertThat(demo.townships()).hasSize(31);
        assertThat(demo.schools()).hasSizeGreaterThanOrEqualTo(30);
        var yankou = api.get("/api/units?q=TS-YANKOU").expect(200).get("content").get(0);
        assertThat(yankou.get("name").asText()).isEqualTo("沿口镇");
        assertThat(yankou.get("kind").asText()).isEqualTo("TOWNSHIP");
        var members = api.get("/api/units?kind=DEPARTMENT&committeeMember=true&size=200").expect(200);
        List<String> names = new java.util.ArrayList<>();
        members.get("content").forEach(u -> names.add(u.get("name").asText()));
        assertThat(names).contains("县政府办", "县委组织部", "县纪委监委", "教科体局", "公安局", "市场监管局");
        var school = api.get("/api/units?q=SCH-SXXX").expect(200).get("content").get(0);
        assertThat(school.get("name").asText()).isEqualTo("三溪镇中心小学");
        assertThat(school.get("supervisingDepartmentName").asText()).isEqualTo("教科体局");
        assertThat(school.get("liaison").get("userId").asText()).isEqualTo("liaison-sanxi");
        var privateSchools = api.get("/api/units?kind=SCHOOL&ownership=PRIVATE&size=200").expect(200);
        Set<String> kinds = new HashSet<>();
        api.get("/api/units?kind=SCHOOL&size=200").expect(200).get("content").forEach(s -> kinds.add(s.get("schoolKind").asText()));
        assertThat(kinds).contains("KINDERGARTEN", "PRIMARY", "JUNIOR", "NINE_YEAR", "SENIOR", "VOCATIONAL");
        assertThat(privateSchools.get("content")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("licenceNumber").asText()).startsWith("教民"));
    }

    @Test
    void theDemoSchoolsSatisfyTheStandingRules() {
        Api api = new Api(port);
        DemoFile demo = DemoData.load();
        Set<Long> demoSchools = new HashSet<>();
        for (DemoFile.School s : demo.schools()) {
            demoSchools.add(api.get("/api/units?q=" + s.code()).expect(200).get("content").get(0).get("id").asLong());
        }
        Set<Long> demoInspectors = new HashSet<>();
        var report = api.get("/api/coverage").expect(200);
        for (JsonNode load : report.get("perInspector")) {
            for (JsonNode s : load.get("schoolList")) {
                if (demoSchools.contains(s.get("id").asLong())) {
                    demoInspectors.add(load.get("inspectorId").asLong());
                }
            }
        }
        assertThat(demoInspectors).hasSize(12);
        for (JsonNode v : report.get("violations")) {
            boolean demoSchool = v.hasNonNull("schoolId") && demoSchools.contains(v.get("schoolId").asLong());
            boolean demoInspector = v.hasNonNull("inspectorId") && demoInspectors.contains(v.get("inspectorId").asLong());
            assertThat(demoSchool || demoInspector).as(v.toString()).isFalse();
        }
        for (JsonNode load : report.get("perInspector")) {
            if (demoInspectors.contains(load.get("inspectorId").asLong())) {
                assertThat(load.get("schools").asInt()).isBetween(1, 5);
                assertThat(load.get("ok").asBoolean()).isTrue();
            }
        }
        // the demo's own ratio: 12 school inspectors for 36 schools
        assertThat(demoInspectors.size() * 5).isGreaterThanOrEqualTo(demoSchools.size());
    }

    @Test
    void demoUsersAndGroupsExistWithPasswordDemo() {
        for (DemoFile.User user : DemoData.users()) {
            assertThat(identity.checkPassword(user.id(), "demo")).as(user.id()).isTrue();
            for (String group : user.groups()) {
                assertThat(identity.createUserQuery().userId(user.id()).memberOfGroup(group).count()).as(user.id() + " in " + group).isEqualTo(1);
            }
        }
        for (String group : List.of("camunda-admin", "office", "committee", "inspector", "discipline", "designer",
                "unit-ts-yankou", "unit-dept-health", "unit-sch-sxxx", "unit-dept-edu")) {
            assertThat(identity.createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
        }
        assertThat(identity.createUserQuery().memberOfGroup("office").list()).extracting(u -> u.getId()).contains("demo", "office1");
        // Camunda shows "firstName lastName": the family name comes first, as Chinese names are read
        User inspector = identity.createUserQuery().userId("inspector1").singleResult();
        assertThat(inspector.getFirstName() + inspector.getLastName()).isEqualTo("张建国");
        Set<String> unitsWithLiaisonUsers = new HashSet<>();
        DemoData.users().forEach(u -> u.groups().stream().filter(g -> g.startsWith("unit-")).forEach(unitsWithLiaisonUsers::add));
        assertThat(unitsWithLiaisonUsers).hasSizeGreaterThanOrEqualTo(3).contains("unit-sch-sxxx", "unit-ts-yankou", "unit-dept-health");
    }

    @Test
    void demoInspectorsAreLinkedToTheirUsersAndSchools() {
        Api inspector = new Api(port, "inspector1");
        var page = inspector.get("/api/inspectors?size=200").expect(200);
        JsonNode one = null;
        JsonNode two = null;
        for (JsonNode i : page.get("content")) {
            if ("inspector1".equals(i.path("userId").asText())) {
                one = i;
            }
            if ("inspector2".equals(i.path("userId").asText())) {
                two = i;
            }
        }
        assertThat(one).isNotNull();
        assertThat(two).isNotNull();
        assertThat(one.get("schools")).hasSize(1);
        assertThat(one.get("schools").get(0).get("name").asText()).isEqualTo("武胜县第一中学");
        assertThat(two.get("schools")).hasSize(5);
        assertThat(two.get("employment").asText()).isEqualTo("PART_TIME");
        assertThat(two.get("currentTerm").isNull()).isFalse();
    }

    @Test
    void seedingAgainChangesNothing() throws Exception {
        List<String> tables = List.of("org_unit", "unit_contact", "inspector", "inspector_term", "school_assignment");
        List<Integer> before = tables.stream().map(t -> jdbc.queryForObject("select count(*) from " + t, Integer.class)).toList();
        long users = identity.createUserQuery().count();
        long groups = identity.createGroupQuery().count();
        demoData.run(null);
        List<Integer> after = tables.stream().map(t -> jdbc.queryForObject("select count(*) from " + t, Integer.class)).toList();
        assertThat(after).isEqualTo(before);
        assertThat(identity.createUserQuery().count()).isEqualTo(users);
        assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    }
}

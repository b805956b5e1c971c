package org.dudao.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dudao.Api;
import org.dudao.DudaoIntegrationTest;
import org.dudao.supervision.SupervisionCaseService;
import org.dudao.supervision.CaseAccess;
import org.dudao.supervision.SupervisionCaseService.CaseQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

/** The escalation ladder's rules, the rectification deadlines and the one place where case visibility applies. */
@DudaoIntegrationTest
class EscalationApiIT {

    @LocalServerPort int port;
    @Autowired SupervisionCaseService cases;
    Api api;
    long township;
    long otherTownship;
    long department;
    long caseId;
    long rectification;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        township = api.post("/api/units", Map.of("code", Api.uniqueCode("TS"), "name", Api.uniqueCode("升级测试镇"),
                "kind", "TOWNSHIP")).expect(201).id();
        otherTownship = api.post("/api/units", Map.of("code", Api.uniqueCode("TS"), "name", Api.uniqueCode("别的镇"),
                "kind", "TOWNSHIP")).expect(201).id();
        department = api.post("/api/units", Map.of("code", Api.uniqueCode("DEPT"), "name", Api.uniqueCode("升级测试局"),
                "kind", "DEPARTMENT")).expect(201).id();
        long inspector = api.post("/api/inspectors", Map.of("name", "督政督学", "employment", "FULL_TIME", "duty", "GOVERNMENT"))
                .expect(201).id();
        caseId = api.post("/api/cases", Map.of("kind", "GOVERNMENT", "mode", "SPECIAL", "title", "控辍保学专项督导",
                "scheduledOn", today.toString(), "leadUnitId", township, "coUnitIds", List.of(department),
                "leadInspectorId", inspector)).expect(201).id();
        api.post("/api/cases/" + caseId + "/inspection", "").expect(200);
        long finding = api.post("/api/cases/" + caseId + "/findings", Map.of("findings", List.of(Map.of(
                "category", "DROPOUT_CONTROL", "severity", "SERIOUS", "description", "辍学学生未劝返")))).expect(201)
                .get("ids").get(0).asLong();
        api.put("/api/cases/" + caseId + "/report", Map.of("text", "报告")).expect(200);
        api.post("/api/cases/" + caseId + "/report/approval", "").expect(200);
        api.post("/api/cases/" + caseId + "/feedback", Map.of("form", "MEETING", "on", today.toString())).expect(200);
        rectification = api.post("/api/findings/" + finding + "/rectification", Map.of("requirement", "限期劝返",
                "planDue", today.plusDays(5).toString(), "reportDue", today.plusDays(20).toString())).expect(201).id();
    }

    @Test
    void urgingNoticesNeedATargetUnitAndAFutureDeadline() {
        api.post("/api/cases/" + caseId + "/urging-notices", Map.of("unitId", otherTownship, "text", "x",
                "newDeadline", today.plusDays(3).toString())).expect(400).fieldError("unitId");
        api.post("/api/cases/" + caseId + "/urging-notices", Map.of("unitId", township, "text", "x",
                "newDeadline", today.minusDays(1).toString())).expect(400).fieldError("newDeadline");
        api.post("/api/cases/" + caseId + "/urging-notices", Map.of("text", "x",
                "newDeadline", today.plusDays(3).toString())).expect(400).fieldError("unitId");
        api.post("/api/cases/" + caseId + "/urging-notices", Map.of("rectificationId", rectification, "text", "x",
                "newDeadline", today.plusDays(3).toString())).expect(400).fieldError("newDue");
        api.post("/api/cases/987654321/urging-notices", Map.of("unitId", township, "text", "x",
                "newDeadline", today.plusDays(3).toString())).expect(404);
        var notice = api.post("/api/cases/" + caseId + "/urging-notices", Map.of("unitId", department, "text", "请限期整改",
                "newDeadline", today.plusDays(3).toString())).expect(201);
        assertThat(api.get("/api/urging-notices/" + notice.id()).expect(200).get("issuedBy").asText()).isEqualTo("demo");
        assertThat(api.get("/api/cases/" + caseId).expect(200).get("rung").asText()).isEqualTo("URGING");
        api.get("/api/urging-notices/987654321").expect(404);
    }

    @Test
    void aRejectedAccountabilityProposalDoesNotClimbTheLadder() {
        api.post("/api/cases/" + caseId + "/accountabilities", Map.of("unitId", township, "grounds", "履职不力",
                "measure", "REPLACE_PRINCIPAL")).expect(400).fieldError("measure");
        api.post("/api/cases/" + caseId + "/accountabilities", Map.of("unitId", township, "grounds", "x",
                "measure", "SOMETHING")).expect(400).fieldError("measure");
        var proposal = api.post("/api/cases/" + caseId + "/accountabilities", Map.of("unitId", township, "grounds", "履职不力",
                "measure", "ADMONISHMENT", "referral", "POLICE", "persons", List.of(Map.of("name", "某副镇长")))).expect(201);
        assertThat(proposal.get("referralLabel").asText()).isEqualTo("移交公安部门");
        var rejected = api.post("/api/accountabilities/" + proposal.id() + "/decision", Map.of("approved", false,
                "decisionText", "证据不足")).expect(200);
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(api.get("/api/cases/" + caseId).expect(200).get("rung").asText()).isEqualTo("NONE");
        api.post("/api/accountabilities/" + proposal.id() + "/decision", Map.of("approved", true)).expect(409);
        api.post("/api/accountabilities/" + proposal.id() + "/publication", "").expect(409);
        api.get("/api/accountabilities/987654321").expect(404);
        api.post("/api/accountabilities/987654321/decision", Map.of("approved", true)).expect(404);
    }

    @Test
    void interviewsAndCircularsAreRecordedOnce() {
        var interview = api.post("/api/cases/" + caseId + "/interviews", Map.of("unitId", township, "reason", "整改不力",
                "scheduledOn", today.toString())).expect(201);
        api.put("/api/interviews/" + interview.id() + "/record", Map.of("heldOn", today.toString(), "participants", List.of(),
                "record", "记录")).expect(400).fieldError("participants");
        api.put("/api/interviews/987654321/record", Map.of("heldOn", today.toString(), "participants", List.of("a"),
                "record", "记录")).expect(404);
        api.post("/api/cases/" + caseId + "/circulars", Map.of("unitId", township, "text", "通报",
                "recipients", List.of())).expect(400).fieldError("recipients");
        var circular = api.post("/api/cases/" + caseId + "/circulars", Map.of("unitId", township, "text", "通报",
                "recipients", List.of("县委县政府"))).expect(201);
        api.post("/api/circulars/" + circular.id() + "/issue", "").expect(200);
        api.post("/api/circulars/" + circular.id() + "/issue", "").expect(409);
        var ladder = api.get("/api/cases/" + caseId + "/escalation").expect(200);
        assertThat(ladder.get("rung").asText()).isEqualTo("CIRCULAR");
        assertThat(ladder.get("interviews")).hasSize(1);
        assertThat(ladder.get("circulars").get(0).get("issuedBy").asText()).isEqualTo("demo");
        api.get("/api/cases/987654321/escalation").expect(404);
    }

    @Test
    void rectificationDeadlinesOnlyMoveForwardAndTheRequirementOnlyChangesBeforeThePlan() {
        api.post("/api/rectifications/" + rectification + "/extension", Map.of("newDue", today.plusDays(2).toString(),
                "reason", "x")).expect(400).fieldError("newDue");
        var extended = api.post("/api/rectifications/" + rectification + "/extension", Map.of("newDue",
                today.plusDays(25).toString(), "reason", "汛期")).expect(200);
        assertThat(extended.get("planDue").asText()).isEqualTo(today.plusDays(25).toString());
        assertThat(extended.get("reportDue").asText()).isEqualTo(today.plusDays(25).toString());
        api.put("/api/rectifications/" + rectification, Map.of("requirement", "限期劝返并建档")).expect(200);
        api.post("/api/rectifications/" + rectification + "/plan", Map.of("text", "方案")).expect(200);
        api.put("/api/rectifications/" + rectification, Map.of("requirement", "too late")).expect(409);
        api.post("/api/rectifications/" + rectification + "/plan", Map.of("text", "again")).expect(409);
        api.post("/api/rectifications/" + rectification + "/verification", Map.of("accepted", true)).expect(409);
        api.get("/api/rectifications/987654321").expect(404);
        api.post("/api/rectifications/987654321/plan", Map.of("text", "x")).expect(404);
        api.post("/api/findings/987654321/rectification", Map.of("requirement", "x", "planDue", today.toString(),
                "reportDue", today.toString())).expect(404);
        var listed = api.get("/api/rectifications?caseId=" + caseId + "&stage=REPORT").expect(200);
        assertThat(listed.get("totalElements").asLong()).isEqualTo(1);
        assertThat(api.get("/api/cases/" + caseId + "/rectifications").expect(200).json()).hasSize(1);
    }

    @Test
    void visibleUnitsRestrictTheCaseQueryInOnePlace() {
        Map<String, Object> other = new HashMap<>(Map.of("kind", "GOVERNMENT", "mode", "ROUTINE", "title", "别的镇的督导",
                "scheduledOn", today.toString(), "leadUnitId", otherTownship));
        long otherCase = api.post("/api/cases", other).expect(201).id();
        CaseQuery onlyMine = new CaseQuery(null, null, null, null, null, null, null, null, null, null, null, new CaseAccess.Scope(Set.of(department), null));
        var mine = cases.query(onlyMine, PageRequest.of(0, 200)).getContent().stream().map(c -> c.id()).toList();
        assertThat(mine).contains(caseId).doesNotContain(otherCase);
        CaseQuery none = new CaseQuery(null, null, null, null, null, null, null, null, null, null, null, new CaseAccess.Scope(Set.of(), null));
        assertThat(cases.query(none, PageRequest.of(0, 10)).getTotalElements()).isZero();
        assertThat(cases.query(CaseQuery.all(), PageRequest.of(0, 200)).getTotalElements()).isGreaterThanOrEqualTo(2);
    }
}

package org.dudao.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.dudao.Api;
import org.dudao.DudaoIntegrationTest;
import org.dudao.Sheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A supervision case from plan to close through real HTTP, with findings, evidence, report,
 * feedback, rectification (rejected once, then accepted), the escalation ladder, the look-back
 * review with a relapse, queries, export and the audit trail.
 */
@DudaoIntegrationTest
class CaseLifecycleIT {

    @LocalServerPort int port;
    Api api;
    long township;
    long department;
    long publicSchool;
    long privateSchool;
    long lead;
    long member;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        township = api.post("/api/units", Map.of("code", Api.uniqueCode("TS"), "name", Api.uniqueCode("案件测试镇"),
                "kind", "TOWNSHIP")).expect(201).id();
        department = api.post("/api/units", Map.of("code", Api.uniqueCode("DEPT"), "name", Api.uniqueCode("案件测试局"),
                "kind", "DEPARTMENT")).expect(201).id();
        publicSchool = school("PUBLIC", null);
        privateSchool = school("PRIVATE", "教民1516220001号");
        lead = api.post("/api/inspectors", Map.of("name", "组长督学", "employment", "FULL_TIME", "duty", "SCHOOL")).expect(201).id();
        member = api.post("/api/inspectors", Map.of("name", "组员督学", "employment", "PART_TIME", "duty", "SCHOOL")).expect(201).id();
    }

    long school(String ownership, String licence) {
        Map<String, Object> school = new HashMap<>();
        school.put("code", Api.uniqueCode("SCH"));
        school.put("name", "案件测试学校");
        school.put("kind", "SCHOOL");
        school.put("townshipId", township);
        school.put("schoolKind", "JUNIOR");
        school.put("ownership", ownership);
        school.put("licenceNumber", licence);
        school.put("studentCount", 800);
        school.put("supervisingDepartmentId", department);
        return api.post("/api/units", school).expect(201).id();
    }

    Map<String, Object> newCase(String mode) {
        Map<String, Object> c = new HashMap<>();
        c.put("kind", "SCHOOL");
        c.put("mode", mode);
        c.put("title", "2026 年春季学期综合督导");
        c.put("scheduledOn", "2026-03-10");
        c.put("leadUnitId", publicSchool);
        c.put("coUnitIds", List.of(privateSchool));
        c.put("leadInspectorId", lead);
        c.put("inspectorIds", List.of(member));
        c.put("scope", "教育教学、安全稳定");
        c.put("checklist", "1. 课程开设\n2. 安全台账");
        return c;
    }

    long inspectingCase(String mode) {
        long id = api.post("/api/cases", newCase(mode)).expect(201).id();
        if (mode.equals("COMPREHENSIVE")) {
            api.post("/api/cases/" + id + "/plan-approval", "").expect(200);
        }
        api.post("/api/cases/" + id + "/inspection", "").expect(200);
        return id;
    }

    @Test
    void aCaseRunsFromPlanToClose() {
        var opened = api.post("/api/cases", newCase("COMPREHENSIVE")).expect(201);
        long id = opened.id();
        assertThat(opened.get("status").asText()).isEqualTo("PLANNED");
        assertThat(opened.get("rung").asText()).isEqualTo("NONE");
        assertThat(opened.get("businessKey").asText()).isEqualTo(String.valueOf(id));
        assertThat(opened.get("leadUnitId").asLong()).isEqualTo(publicSchool);
        assertThat(opened.get("targets")).hasSize(2);
        assertThat(opened.get("targets").get(0).get("lead").asBoolean()).isTrue();
        assertThat(opened.get("team").get(0).get("inspectorId").asLong()).isEqualTo(lead);
        assertThat(opened.get("team").get(0).get("name").asText()).isEqualTo("组长督学");
        assertThat(opened.get("createdBy").asText()).isEqualTo("demo");

        // a comprehensive plan needs approval before notice or inspection
        assertThat(api.post("/api/cases/" + id + "/inspection", "").expect(409).get("detailEn").asText()).contains("approval");
        var approved = api.post("/api/cases/" + id + "/plan-approval", "").expect(200);
        assertThat(approved.get("status").asText()).isEqualTo("PLAN_APPROVED");
        assertThat(approved.get("planApprovedBy").asText()).isEqualTo("demo");
        api.post("/api/cases/" + id + "/plan-approval", "").expect(409);
        // opening the case started its process and linked it; a case keeps the one instance
        String processInstanceId = opened.get("processInstanceId").asText();
        assertThat(processInstanceId).isNotBlank();
        api.put("/api/cases/" + id + "/process-instance", Map.of("processInstanceId", processInstanceId)).expect(200);
        api.put("/api/cases/" + id + "/process-instance", Map.of("processInstanceId", "pi-456")).expect(409);
        assertThat(api.post("/api/cases/" + id + "/notice", "").expect(200).get("status").asText()).isEqualTo("NOTIFIED");
        assertThat(api.post("/api/cases/" + id + "/inspection", "").expect(200).get("status").asText()).isEqualTo("INSPECTING");

        // findings item by item, with evidence
        var ids = api.post("/api/cases/" + id + "/findings", Map.of("findings", List.of(
                Map.of("category", "SAFETY", "severity", "SERIOUS", "description", "消防通道堵塞", "basis", "《中小学幼儿园安全管理办法》"),
                Map.of("category", "FEES", "severity", "MODERATE", "description", "违规收取资料费", "unitId", privateSchool)))).expect(201);
        long safety = ids.get("ids").get(0).asLong();
        long fees = ids.get("ids").get(1).asLong();
        var findings = api.get("/api/cases/" + id + "/findings").expect(200).json();
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).get("itemNo").asInt()).isEqualTo(1);
        assertThat(findings.get(0).get("categoryLabel").asText()).isEqualTo("安全稳定");
        assertThat(findings.get(1).get("unitId").asLong()).isEqualTo(privateSchool);
        api.put("/api/findings/" + safety, Map.of("category", "SAFETY", "severity", "CRITICAL", "description", "消防通道长期堵塞"))
                .expect(200);
        byte[] photo = "fake-jpeg-bytes".getBytes();
        var evidence = api.upload("/api/findings/" + safety + "/evidence", "通道.jpg", "image/jpeg", photo).expect(201);
        assertThat(evidence.get("sizeBytes").asLong()).isEqualTo(photo.length);
        assertThat(api.get("/api/findings/" + safety + "/evidence").expect(200).json()).hasSize(1);
        var download = api.download("/api/evidence/" + evidence.id() + "/content");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(photo);

        // report: draft, approve, publish
        api.put("/api/cases/" + id + "/report", Map.of("text", "督导报告：发现问题 2 项。")).expect(200);
        api.post("/api/cases/" + id + "/report/publication", "").expect(409);
        var reportApproved = api.post("/api/cases/" + id + "/report/approval", "").expect(200);
        assertThat(reportApproved.get("report").get("approvedBy").asText()).isEqualTo("demo");
        api.put("/api/findings/" + safety, Map.of("category", "SAFETY", "severity", "MINOR", "description", "x")).expect(409);
        assertThat(api.post("/api/cases/" + id + "/report/publication", "").expect(200).get("report").get("publishedAt").isNull()).isFalse();

        // feedback with the discipline bodies invited to a major matter
        var feedback = api.post("/api/cases/" + id + "/feedback", Map.of("form", "MEETING", "on", "2026-03-20",
                "text", "逐项反馈", "invited", List.of("DISCIPLINE_COMMISSION", "ORGANIZATION_DEPARTMENT"))).expect(200);
        assertThat(feedback.get("status").asText()).isEqualTo("FEEDBACK");
        assertThat(feedback.get("feedback").get("invited")).hasSize(2);
        api.post("/api/cases/" + id + "/commendation", Map.of("text", "优秀")).expect(409);

        // rectification per finding: plan, report, rejected once, resubmitted, accepted
        LocalDate today = LocalDate.now();
        var r1 = api.post("/api/findings/" + safety + "/rectification", Map.of("requirement", "立即清理消防通道",
                "planDue", today.plusDays(7).toString(), "reportDue", today.plusDays(30).toString())).expect(201);
        assertThat(r1.get("stage").asText()).isEqualTo("PLAN");
        assertThat(api.get("/api/cases/" + id).expect(200).get("status").asText()).isEqualTo("RECTIFYING");
        api.post("/api/findings/" + safety + "/rectification", Map.of("requirement", "again",
                "planDue", today.plusDays(7).toString(), "reportDue", today.plusDays(30).toString())).expect(409);
        api.post("/api/findings/" + fees + "/rectification", Map.of("requirement", "清退",
                "planDue", today.plusDays(10).toString(), "reportDue", today.plusDays(5).toString())).expect(400).fieldError("reportDue");
        var r2 = api.post("/api/findings/" + fees + "/rectification", Map.of("requirement", "清退违规收费",
                "planDue", today.plusDays(7).toString(), "reportDue", today.plusDays(30).toString())).expect(201);
        long rect = r1.id();
        api.post("/api/rectifications/" + rect + "/report", Map.of("text", "too early")).expect(409);
        api.post("/api/rectifications/" + rect + "/plan", Map.of("text", "整改方案：专人负责")).expect(200);
        api.post("/api/rectifications/" + rect + "/report", Map.of("text", "整改报告：已清理")).expect(200);
        api.post("/api/rectifications/" + rect + "/verification", Map.of("accepted", false)).expect(400).fieldError("comment");
        var rejected = api.post("/api/rectifications/" + rect + "/verification", Map.of("accepted", false, "comment", "照片不清")).expect(200);
        assertThat(rejected.get("stage").asText()).isEqualTo("REPORT");
        assertThat(rejected.get("rejectionCount").asInt()).isEqualTo(1);
        api.post("/api/rectifications/" + rect + "/report", Map.of("text", "整改报告（补充照片）")).expect(200);
        var accepted = api.post("/api/rectifications/" + rect + "/verification", Map.of("accepted", true, "comment", "通过")).expect(200);
        assertThat(accepted.get("stage").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("history")).extracting(h -> h.get("kind").asText())
                .containsExactly("OPENED", "PLAN_SUBMITTED", "REPORT_SUBMITTED", "REJECTED", "REPORT_SUBMITTED", "ACCEPTED");
        assertThat(api.get("/api/findings/" + safety).expect(200).get("status").asText()).isEqualTo("RESOLVED");

        // the fees finding is late: urging notice, interview, circular, accountability
        api.post("/api/rectifications/" + r2.id() + "/overdue", "").expect(200);
        var notice = api.post("/api/cases/" + id + "/urging-notices", Map.of("rectificationId", r2.id(), "noticeNo", "武教督〔2026〕1号",
                "text", "限期整改", "newDeadline", today.plusDays(14).toString())).expect(201);
        assertThat(notice.get("unitId").asLong()).isEqualTo(privateSchool);
        var urged = api.get("/api/rectifications/" + r2.id()).expect(200);
        assertThat(urged.get("urgingCount").asInt()).isEqualTo(1);
        assertThat(urged.get("overdueCount").asInt()).isEqualTo(1);
        assertThat(urged.get("planDue").asText()).isEqualTo(today.plusDays(14).toString());
        assertThat(api.get("/api/cases/" + id).expect(200).get("rung").asText()).isEqualTo("URGING");
        var interview = api.post("/api/cases/" + id + "/interviews", Map.of("unitId", privateSchool, "reason", "整改不力",
                "scheduledOn", today.plusDays(3).toString(), "participants", List.of("县纪委监委 张某"))).expect(201);
        var held = api.put("/api/interviews/" + interview.id() + "/record", Map.of("heldOn", today.plusDays(3).toString(),
                "participants", List.of("县教育督导办 何某", "县纪委监委 张某", "县委组织部 唐某", "校长 王某"),
                "record", "约谈记录……", "filedWith", "教科体局")).expect(200);
        assertThat(held.get("status").asText()).isEqualTo("HELD");
        assertThat(held.get("participants")).hasSize(4);
        api.put("/api/interviews/" + interview.id() + "/record", Map.of("heldOn", today.toString(),
                "participants", List.of("x"), "record", "again")).expect(409);
        var circular = api.post("/api/cases/" + id + "/circulars", Map.of("unitId", privateSchool, "text", "通报内容",
                "recipients", List.of("县委县政府", "县教科体局党委"), "countsInPerformance", true)).expect(201);
        assertThat(api.get("/api/cases/" + id).expect(200).get("rung").asText()).isEqualTo("INTERVIEW");
        api.put("/api/circulars/" + circular.id(), Map.of("text", "通报内容（修改）", "recipients", List.of("县委县政府"),
                "countsInPerformance", true)).expect(200);
        assertThat(api.post("/api/circulars/" + circular.id() + "/issue", "").expect(200).get("status").asText()).isEqualTo("ISSUED");
        api.put("/api/circulars/" + circular.id(), Map.of("text", "late", "recipients", List.of("x"))).expect(409);
        assertThat(api.get("/api/cases/" + id).expect(200).get("rung").asText()).isEqualTo("CIRCULAR");
        api.post("/api/cases/" + id + "/accountabilities", Map.of("unitId", publicSchool, "grounds", "x",
                "measure", "CIRCULATED_CRITICISM", "revokeLicence", true)).expect(400).fieldError("revokeLicence");
        var proposal = api.post("/api/cases/" + id + "/accountabilities", Map.of("unitId", privateSchool, "grounds", "拒不整改",
                "measure", "REPLACE_PRINCIPAL", "referral", "DISCIPLINE_INSPECTION", "revokeLicence", true,
                "persons", List.of(Map.of("name", "王某", "post", "校长")))).expect(201);
        assertThat(proposal.get("status").asText()).isEqualTo("PROPOSED");
        api.post("/api/accountabilities/" + proposal.id() + "/publication", "").expect(409);
        var decided = api.post("/api/accountabilities/" + proposal.id() + "/decision", Map.of("approved", true,
                "decisionText", "同意")).expect(200);
        assertThat(decided.get("decidedBy").asText()).isEqualTo("demo");
        assertThat(api.post("/api/accountabilities/" + proposal.id() + "/publication", "").expect(200).get("published").asBoolean()).isTrue();
        var ladder = api.get("/api/cases/" + id + "/escalation").expect(200);
        assertThat(ladder.get("rung").asText()).isEqualTo("ACCOUNTABILITY");
        assertThat(ladder.get("urgingNotices")).hasSize(1);
        assertThat(ladder.get("accountabilities").get(0).get("persons").get(0).get("name").asText()).isEqualTo("王某");
        var lower = api.post("/api/cases/" + id + "/rung", Map.of("rung", "URGING")).expect(200);
        assertThat(lower.get("rose").asBoolean()).isFalse();
        assertThat(lower.get("rung").asText()).isEqualTo("ACCOUNTABILITY");

        // the fees rectification completes; the review finds the safety finding relapsed
        api.post("/api/cases/" + id + "/closure", Map.of("note", "too early")).expect(409);
        api.post("/api/cases/" + id + "/review-start", "").expect(409);
        api.post("/api/rectifications/" + r2.id() + "/plan", Map.of("text", "方案")).expect(200);
        api.post("/api/rectifications/" + r2.id() + "/report", Map.of("text", "报告")).expect(200);
        api.post("/api/rectifications/" + r2.id() + "/verification", Map.of("accepted", true)).expect(200);
        assertThat(api.post("/api/cases/" + id + "/review-start", "").expect(200).get("status").asText()).isEqualTo("REVIEWING");
        api.post("/api/cases/" + id + "/review", Map.of("reviewedOn", today.toString(), "outcome", "消防通道再次堵塞",
                "relapsedFindingIds", List.of(safety))).expect(400).fieldError("planDue");
        var reviewed = api.post("/api/cases/" + id + "/review", Map.of("reviewedOn", today.toString(), "outcome", "消防通道再次堵塞",
                "relapsedFindingIds", List.of(safety), "planDue", today.plusDays(5).toString(),
                "reportDue", today.plusDays(20).toString())).expect(200);
        assertThat(reviewed.get("status").asText()).isEqualTo("RECTIFYING");
        var reopened = api.get("/api/findings/" + safety + "/rectification").expect(200);
        assertThat(reopened.get("stage").asText()).isEqualTo("PLAN");
        assertThat(reopened.get("reopenCount").asInt()).isEqualTo(1);
        assertThat(api.get("/api/findings/" + safety).expect(200).get("status").asText()).isEqualTo("RELAPSED");
        api.post("/api/rectifications/" + reopened.id() + "/plan", Map.of("text", "再整改方案")).expect(200);
        api.post("/api/rectifications/" + reopened.id() + "/report", Map.of("text", "再整改报告")).expect(200);
        api.post("/api/rectifications/" + reopened.id() + "/verification", Map.of("accepted", true)).expect(200);
        api.post("/api/cases/" + id + "/review-start", "").expect(200);
        api.post("/api/cases/" + id + "/review", Map.of("reviewedOn", today.toString(), "outcome", "未反弹")).expect(200);
        var closed = api.post("/api/cases/" + id + "/closure", Map.of("note", "办结归档")).expect(200);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        api.post("/api/cases/" + id + "/closure", "{}").expect(409);
        api.post("/api/cases/" + id + "/urging-notices", Map.of("unitId", publicSchool, "text", "x",
                "newDeadline", today.plusDays(1).toString())).expect(409);

        // the audit trail names who changed what, for the case and everything linked to it
        var audit = api.get("/api/cases/" + id + "/audit").expect(200).json();
        List<String> types = new ArrayList<>();
        audit.forEach(e -> types.add(e.get("entityType").asText()));
        assertThat(types).contains("SupervisionCase", "Finding", "Evidence", "Rectification", "HistoryEntry",
                "UrgingNotice", "Interview", "Circular", "Accountability");
        assertThat(audit).allSatisfy(e -> assertThat(e.get("actor").asText()).isEqualTo("demo"));
        JsonNode statusChange = null;
        for (JsonNode e : audit) {
            if (e.get("entityType").asText().equals("SupervisionCase") && e.get("action").asText().equals("UPDATE")) {
                for (JsonNode c : e.get("changes")) {
                    if (c.get("field").asText().equals("status") && c.get("oldValue").asText().equals("PLANNED")) {
                        statusChange = c;
                    }
                }
            }
        }
        assertThat(statusChange).isNotNull();
        assertThat(statusChange.get("newValue").asText()).isEqualTo("PLAN_APPROVED");
        assertThat(audit.get(0).get("action").asText()).isEqualTo("CREATE");
        api.get("/api/cases/987654321/audit").expect(404);
    }

    @Test
    void anEmptyOrBrokenCaseIsRefused() {
        var empty = api.post("/api/cases", "{}").expect(400);
        for (String field : List.of("kind", "mode", "title", "scheduledOn", "leadUnitId")) {
            empty.fieldError(field);
        }
        Map<String, Object> impossible = newCase("ROUTINE");
        impossible.put("scheduledOn", "2026-02-30");
        var date = api.post("/api/cases", impossible).expect(400).fieldError("scheduledOn");
        assertThat(date.get("messageEn").asText()).contains("LocalDate");
        Map<String, Object> government = newCase("ROUTINE");
        government.put("kind", "GOVERNMENT");
        assertThat(api.post("/api/cases", government).expect(400).fieldError("leadUnitId").get("messageZh").asText()).contains("督政");
        Map<String, Object> twice = newCase("ROUTINE");
        twice.put("coUnitIds", List.of(publicSchool));
        api.post("/api/cases", twice).expect(400).fieldError("coUnitIds");
        Map<String, Object> unknownUnit = newCase("ROUTINE");
        unknownUnit.put("leadUnitId", 987654321);
        api.post("/api/cases", unknownUnit).expect(400).fieldError("leadUnitId");
        Map<String, Object> noLead = newCase("ROUTINE");
        noLead.remove("leadInspectorId");
        api.post("/api/cases", noLead).expect(400).fieldError("leadInspectorId");
        Map<String, Object> longTitle = newCase("ROUTINE");
        longTitle.put("title", "题".repeat(201));
        api.post("/api/cases", longTitle).expect(400).fieldError("title");
        Map<String, Object> wrongType = newCase("ROUTINE");
        wrongType.put("coUnitIds", "all of them");
        api.post("/api/cases", wrongType).expect(400);
        api.post("/api/cases", "not json").expect(400);
        api.get("/api/cases/987654321").expect(404);
        api.get("/api/cases?status=SLEEPING").expect(400).fieldError("status");
        api.get("/api/cases?scheduledFrom=2026-02-30").expect(400).fieldError("scheduledFrom");
    }

    @Test
    void aDismissedInspectorCannotJoinATeam() {
        long gone = api.post("/api/inspectors", Map.of("name", "已解聘督学", "employment", "PART_TIME", "duty", "SCHOOL")).expect(201).id();
        api.post("/api/inspectors/" + gone + "/dismissal", Map.of("dismissedOn", "2026-01-01", "reason", "不服从安排")).expect(200);
        Map<String, Object> c = newCase("ROUTINE");
        c.put("inspectorIds", List.of(gone));
        var refused = api.post("/api/cases", c).expect(409);
        assertThat(refused.get("detailEn").asText()).contains("dismissed");
        long id = api.post("/api/cases", newCase("ROUTINE")).expect(201).id();
        api.put("/api/cases/" + id + "/team", Map.of("leadInspectorId", gone)).expect(409);
        api.put("/api/cases/" + id + "/team", Map.of("leadInspectorId", 987654321)).expect(404);
    }

    @Test
    void randomInspectionsAreNotAnnouncedAndCasesWithoutFindingsAreCommended() {
        long id = api.post("/api/cases", newCase("RANDOM")).expect(201).id();
        assertThat(api.get("/api/cases/" + id).expect(200).get("origin").asText()).isEqualTo("RANDOM_DRAW");
        assertThat(api.post("/api/cases/" + id + "/notice", "").expect(409).get("detailZh").asText()).contains("随机督导");
        api.post("/api/cases/" + id + "/inspection", "").expect(200);
        api.post("/api/cases/" + id + "/findings", Map.of("findings", List.of())).expect(400).fieldError("findings");
        api.post("/api/cases/" + id + "/findings", Map.of("findings", List.of(Map.of("category", "SAFETY")))).expect(400)
                .fieldError("findings[0].severity");
        var commended = api.post("/api/cases/" + id + "/commendation", Map.of("text", "办学规范，予以表扬")).expect(200);
        assertThat(commended.get("status").asText()).isEqualTo("COMMENDED");
        assertThat(api.post("/api/cases/" + id + "/closure", "").expect(200).get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void planUpdatesOnlyWhilePlanned() {
        long id = api.post("/api/cases", newCase("SPECIAL")).expect(201).id();
        Map<String, Object> changes = newCase("SPECIAL");
        changes.remove("kind");
        changes.remove("mode");
        changes.put("title", "专项督导：民办学校招生收费");
        changes.put("coUnitIds", List.of());
        changes.put("majorMatter", true);
        var updated = api.put("/api/cases/" + id, changes).expect(200);
        assertThat(updated.get("title").asText()).isEqualTo("专项督导：民办学校招生收费");
        assertThat(updated.get("targets")).hasSize(1);
        assertThat(updated.get("majorMatter").asBoolean()).isTrue();
        api.put("/api/cases/" + id + "/plan", Map.of("scheduledOn", "2026-05-01", "leadInspectorId", member,
                "inspectorIds", List.of(lead), "scope", "招生", "checklist", "清单")).expect(200);
        assertThat(api.get("/api/cases/" + id).expect(200).get("team").get(0).get("inspectorId").asLong()).isEqualTo(member);
        api.post("/api/cases/" + id + "/inspection", "").expect(200);
        api.put("/api/cases/" + id, changes).expect(409);
        api.put("/api/cases/" + id, "{}").expect(400).fieldError("title");
        // changes of the target units and the team are audited field by field, old and new
        List<String> collectionChanges = new ArrayList<>();
        for (JsonNode entry : api.get("/api/cases/" + id + "/audit").expect(200).json()) {
            for (JsonNode change : entry.get("changes")) {
                if (List.of("targets", "team").contains(change.get("field").asText()) && entry.get("action").asText().equals("UPDATE")) {
                    collectionChanges.add(change.get("field").asText() + ":" + change.get("oldValue") + "->" + change.get("newValue"));
                }
            }
        }
        assertThat(collectionChanges).anySatisfy(c -> assertThat(c).startsWith("targets:").contains("co:" + privateSchool)
                .endsWith("[\"lead:" + publicSchool + "\"]"));
        assertThat(collectionChanges).anySatisfy(c -> assertThat(c).startsWith("team:").contains("lead:" + member));
    }

    @Test
    void theAuditOfAUnitNamesEachChange() {
        api.put("/api/units/" + township, Map.of("name", "改名后的测试镇")).expect(200);
        var trail = api.get("/api/audit?entityType=Unit&entityId=" + township).expect(200).json();
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0).get("action").asText()).isEqualTo("CREATE");
        assertThat(trail.get(1).get("action").asText()).isEqualTo("UPDATE");
        assertThat(trail.get(1).get("actor").asText()).isEqualTo("demo");
        assertThat(trail.get(1).get("changes").get(0).get("newValue").asText()).isEqualTo("改名后的测试镇");
        api.get("/api/audit?entityType=Unit;drop&entityId=1").expect(400);
    }

    @Test
    void queriesFilterByTownshipUnitKindStatusAndOverdueAndExportTheSameList() {
        long planned = api.post("/api/cases", newCase("ROUTINE")).expect(201).id();
        long late = inspectingCase("ROUTINE");
        api.put("/api/cases/" + late + "/report", Map.of("text", "报告")).expect(200);
        long finding = api.post("/api/cases/" + late + "/findings", Map.of("findings", List.of(
                Map.of("category", "TEACHING", "severity", "MINOR", "description", "课表不规范")))).expect(409).status();
        assertThat(finding).isEqualTo(409);
        long late2 = inspectingCase("ROUTINE");
        long f = api.post("/api/cases/" + late2 + "/findings", Map.of("findings", List.of(
                Map.of("category", "TEACHING", "severity", "MINOR", "description", "课表不规范")))).expect(201).get("ids").get(0).asLong();
        api.put("/api/cases/" + late2 + "/report", Map.of("text", "报告")).expect(200);
        api.post("/api/cases/" + late2 + "/report/approval", "").expect(200);
        api.post("/api/cases/" + late2 + "/feedback", Map.of("form", "WRITTEN_NOTICE", "on", "2026-01-05")).expect(200);
        // deadlines in the past: overdue from the start
        api.post("/api/findings/" + f + "/rectification", Map.of("requirement", "规范课表",
                "planDue", "2026-01-10", "reportDue", "2026-01-31")).expect(201);

        var byTownship = api.get("/api/cases?townshipId=" + township + "&size=50").expect(200);
        assertThat(ids(byTownship)).contains(planned, late, late2);
        assertThat(ids(api.get("/api/cases?townshipId=" + township + "&overdue=true").expect(200))).containsExactly(late2);
        assertThat(ids(api.get("/api/cases?townshipId=" + township + "&overdue=false&size=50").expect(200)))
                .contains(planned, late).doesNotContain(late2);
        assertThat(ids(api.get("/api/cases?townshipId=" + township + "&status=PLANNED").expect(200))).containsExactly(planned);
        assertThat(ids(api.get("/api/cases?townshipId=" + township + "&unitKind=DEPARTMENT").expect(200))).isEmpty();
        assertThat(ids(api.get("/api/cases?unitId=" + privateSchool + "&size=50").expect(200))).contains(planned, late, late2);
        assertThat(api.get("/api/cases/" + late2).expect(200).get("overdue").asBoolean()).isTrue();
        var overdueRectifications = api.get("/api/rectifications?caseId=" + late2 + "&overdue=true").expect(200);
        assertThat(overdueRectifications.get("totalElements").asLong()).isEqualTo(1);

        var export = api.download("/api/cases/export?townshipId=" + township + "&overdue=true");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        List<List<String>> rows = Sheets.read(export.body());
        assertThat(rows.get(0)).containsExactlyElementsOf(CaseExport.HEADERS);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(0)).isEqualTo(String.valueOf(late2));
        assertThat(rows.get(1).get(10)).isEqualTo("是");
        var all = Sheets.read(api.download("/api/cases/export?townshipId=" + township).body());
        assertThat(all).hasSize(4);
    }

    private static List<Long> ids(Api.Answer page) {
        List<Long> ids = new ArrayList<>();
        page.get("content").forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }
}

package org.dudao.organization;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The unit registry through real HTTP as the demo user: every rule and every error answer. */
@DudaoIntegrationTest
@RecordApplicationEvents
class OrganizationApiIT {

    @LocalServerPort int port;
    Api api;
    long township;
    long education;
    String townshipName;
    String educationName;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        townshipName = Api.uniqueCode("测试镇");
        educationName = Api.uniqueCode(educationName);
        township = api.post("/api/units", Map.of("code", Api.uniqueCode("TS"), "name", townshipName, "kind", "TOWNSHIP")).expect(201).id();
        education = api.post("/api/units", Map.of("code", Api.uniqueCode("DEPT"), "name", educationName, "kind", "DEPARTMENT",
                "committeeMember", true)).expect(201).id();
    }

    Map<String, Object> school(String code) {
        Map<String, Object> school = new HashMap<>();
        school.put("code", code);
        school.put("name", "测试镇中心小学");
        school.put("kind", "SCHOOL");
        school.put("townshipId", township);
        school.put("schoolKind", "PRIMARY");
        school.put("ownership", "PUBLIC");
        school.put("studentCount", 640);
        school.put("supervisingDepartmentId", education);
        return school;
    }

    @Test
    void createsAndReadsASchoolWithItsTownshipDepartmentAndGroup() {
        String code = Api.uniqueCode("sch");
        var created = api.post("/api/units", school(code)).expect(201);
        assertThat(created.get("code").asText()).isEqualTo(code.toUpperCase());
        assertThat(created.get("groupId").asText()).isEqualTo("unit-" + code.toLowerCase());
        assertThat(created.get("townshipName").asText()).isEqualTo(townshipName);
        assertThat(created.get("supervisingDepartmentName").asText()).isEqualTo(educationName);
        var read = api.get("/api/units/" + created.id()).expect(200);
        assertThat(read.get("schoolKind").asText()).isEqualTo("PRIMARY");
        assertThat(read.get("studentCount").asInt()).isEqualTo(640);
        assertThat(read.get("liaison").isNull()).isTrue();
    }

    @Autowired OrganizationService organization;
    @Autowired ApplicationEvents events;

    @Test
    void groupIdIsDerivedFromTheCodeAndAnnouncedWithTheNewUnit() {
        assertThat(OrganizationService.groupIdOf("TS-YANKOU")).isEqualTo("unit-ts-yankou");
        String code = Api.uniqueCode("ev");
        var unit = organization.create(new OrganizationService.NewUnit(code, "事件镇", UnitKind.TOWNSHIP, false,
                null, null, null, null, null, null, null));
        assertThat(events.stream(UnitRegistered.class)).containsExactly(new UnitRegistered(unit.id(), code.toUpperCase(),
                "事件镇", UnitKind.TOWNSHIP, "unit-" + code.toLowerCase()));
    }

    @Test
    void anEmptyBodyAnswers400WithBilingualFieldErrors() {
        var answer = api.post("/api/units", "{}").expect(400);
        assertThat(answer.get("detailZh").asText()).isEqualTo("请求数据有误");
        assertThat(answer.get("detailEn").asText()).isEqualTo("The request is invalid");
        assertThat(answer.fieldError("code").get("messageZh").asText()).isEqualTo("不能为空");
        assertThat(answer.fieldError("code").get("messageEn").asText()).isEqualTo("must not be blank");
        answer.fieldError("name");
        assertThat(answer.fieldError("kind").get("messageEn").asText()).isEqualTo("is required");
    }

    @Test
    void aCodeOfTheWrongShapeIsRefused() {
        var answer = api.post("/api/units", school("bad code!")).expect(400);
        assertThat(answer.fieldError("code").get("messageZh").asText()).isEqualTo("格式不正确");
        api.post("/api/units", school("-lead")).expect(400).fieldError("code");
        api.post("/api/units", school("a--b")).expect(400).fieldError("code");
    }

    @Test
    void aDuplicateCodeIs409EvenInAnotherCase() {
        String code = Api.uniqueCode("DUP");
        api.post("/api/units", school(code)).expect(201);
        var again = api.post("/api/units", school(code.toLowerCase())).expect(409);
        assertThat(again.get("detailZh").asText()).contains("单位代码已存在");
        assertThat(again.get("detailEn").asText()).contains("a unit with this code exists");
    }

    @Test
    void unknownIdsAnswer404() {
        var answer = api.get("/api/units/987654321").expect(404);
        assertThat(answer.get("detailZh").asText()).contains("未找到单位");
        assertThat(answer.get("detailEn").asText()).contains("unit not found");
        api.put("/api/units/987654321", Map.of("name", "x")).expect(404);
        api.post("/api/units/987654321/contacts", Map.of("name", "x")).expect(404);
        api.put("/api/contacts/987654321", Map.of("name", "x")).expect(404);
    }

    @Test
    void schoolRulesAreChecked() {
        Map<String, Object> privateSchool = school(Api.uniqueCode("PRV"));
        privateSchool.put("ownership", "PRIVATE");
        api.post("/api/units", privateSchool).expect(400).fieldError("licenceNumber");
        privateSchool.put("licenceNumber", "教民1516221700099号");
        assertThat(api.post("/api/units", privateSchool).expect(201).get("licenceNumber").asText()).isEqualTo("教民1516221700099号");

        Map<String, Object> licensedPublic = school(Api.uniqueCode("PUB"));
        licensedPublic.put("licenceNumber", "x");
        api.post("/api/units", licensedPublic).expect(400).fieldError("licenceNumber");

        Map<String, Object> wrongTownship = school(Api.uniqueCode("WT"));
        wrongTownship.put("townshipId", education);
        api.post("/api/units", wrongTownship).expect(400).fieldError("townshipId");

        Map<String, Object> noKind = school(Api.uniqueCode("NK"));
        noKind.remove("schoolKind");
        api.post("/api/units", noKind).expect(400).fieldError("schoolKind");

        Map<String, Object> negative = school(Api.uniqueCode("NEG"));
        negative.put("studentCount", -1);
        api.post("/api/units", negative).expect(400).fieldError("studentCount");

        var townshipWithStudents = api.post("/api/units", Map.of("code", Api.uniqueCode("TS"), "name", "镇",
                "kind", "TOWNSHIP", "studentCount", 10)).expect(400);
        townshipWithStudents.fieldError("studentCount");
        api.post("/api/units", Map.of("code", Api.uniqueCode("TS"), "name", "镇", "kind", "TOWNSHIP",
                "committeeMember", true)).expect(400).fieldError("committeeMember");
    }

    @Test
    void malformedJsonWrongTypesOversizedStringsAndUnknownEnumsAre400() {
        var malformed = api.post("/api/units", "{\"code\": ").expect(400);
        assertThat(malformed.get("detailEn").asText()).contains("not valid JSON");
        Map<String, Object> wrongType = school(Api.uniqueCode("WT"));
        wrongType.put("studentCount", "many");
        api.post("/api/units", wrongType).expect(400).fieldError("studentCount");
        Map<String, Object> wrongEnum = school(Api.uniqueCode("WE"));
        wrongEnum.put("kind", "CASTLE");
        api.post("/api/units", wrongEnum).expect(400).fieldError("kind");
        Map<String, Object> oversized = school(Api.uniqueCode("OS"));
        oversized.put("name", "长".repeat(101));
        var tooLong = api.post("/api/units", oversized).expect(400).fieldError("name");
        assertThat(tooLong.get("messageEn").asText()).isEqualTo("length must be between 0 and 100");
        api.post("/api/units", "[1,2]").expect(400);
        api.get("/api/units/abc").expect(400).fieldError("id");
        api.get("/api/units?kind=CASTLE").expect(400).fieldError("kind");
        api.get("/api/units?size=100000").expect(400).fieldError("size");
    }

    @Test
    void updatesKeepCodeAndKind() {
        var created = api.post("/api/units", school(Api.uniqueCode("UPD"))).expect(201);
        Map<String, Object> changes = school("ignored");
        changes.remove("code");
        changes.remove("kind");
        changes.put("name", "测试镇第二小学");
        changes.put("studentCount", 2500);
        var updated = api.put("/api/units/" + created.id(), changes).expect(200);
        assertThat(updated.get("name").asText()).isEqualTo("测试镇第二小学");
        assertThat(updated.get("studentCount").asInt()).isEqualTo(2500);
        assertThat(updated.get("version").asLong()).isGreaterThan(created.get("version").asLong());
        api.put("/api/units/" + created.id(), "{}").expect(400).fieldError("name");
    }

    @Test
    void queriesFilterAndPage() {
        for (int i = 0; i < 3; i++) {
            api.post("/api/units", school(Api.uniqueCode("Q"))).expect(201);
        }
        var page = api.get("/api/units?townshipId=" + township + "&kind=SCHOOL&size=2&page=0").expect(200);
        assertThat(page.get("content")).hasSize(2);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("totalElements").asLong()).isEqualTo(3);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        for (JsonNode unit : page.get("content")) {
            assertThat(unit.get("townshipId").asLong()).isEqualTo(township);
        }
        var second = api.get("/api/units?townshipId=" + township + "&kind=SCHOOL&size=2&page=1").expect(200);
        assertThat(second.get("content")).hasSize(1);
        var departments = api.get("/api/units?kind=DEPARTMENT&committeeMember=true&size=200").expect(200);
        assertThat(departments.get("content")).allSatisfy(u -> assertThat(u.get("committeeMember").asBoolean()).isTrue());
        assertThat(api.get("/api/units?q=" + educationName).expect(200).get("totalElements").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aUnitHasContactsAndOneLiaisonOnly() {
        long unit = api.post("/api/units", school(Api.uniqueCode("LIA"))).expect(201).id();
        api.post("/api/units/" + unit + "/contacts", "{}").expect(400).fieldError("name");
        api.post("/api/units/" + unit + "/contacts", Map.of("name", "王老师", "email", "not-an-email")).expect(400).fieldError("email");
        var first = api.post("/api/units/" + unit + "/contacts", Map.of("name", "王老师", "phone", "0826-6300001",
                "liaison", true)).expect(201);
        assertThat(first.get("liaison").asBoolean()).isTrue();
        var second = api.post("/api/units/" + unit + "/contacts", Map.of("name", "李老师", "liaison", true)).expect(409);
        assertThat(second.get("detailZh").asText()).contains("已有督学联络员");
        assertThat(second.get("detailEn").asText()).contains("already has a liaison");
        long other = api.post("/api/units/" + unit + "/contacts", Map.of("name", "李老师")).expect(201).id();
        api.put("/api/units/" + unit + "/liaison", Map.of("contactId", other)).expect(409);
        api.put("/api/units/" + unit + "/liaison", "{}").expect(400).fieldError("contactId");
        api.delete("/api/units/" + unit + "/liaison").expect(204);
        assertThat(api.put("/api/units/" + unit + "/liaison", Map.of("contactId", other)).expect(200).get("name").asText())
                .isEqualTo("李老师");
        assertThat(api.get("/api/units/" + unit).expect(200).get("liaison").get("name").asText()).isEqualTo("李老师");
        assertThat(api.get("/api/units/" + unit + "/contacts").expect(200).json()).hasSize(2);
        api.delete("/api/contacts/" + first.id()).expect(204);
        assertThat(api.get("/api/units/" + unit + "/contacts").expect(200).json()).hasSize(1);
    }

    @Test
    void importsSchoolsRowByRowWithAnErrorReport() {
        String townshipCode = api.get("/api/units/" + township).expect(200).get("code").asText();
        String good1 = Api.uniqueCode("IMP");
        String good2 = Api.uniqueCode("IMP");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(java.util.Arrays.asList(good1, "导入镇第一小学", "小学", "公办", townshipCode, 900, null, educationName, "xx路 1 号"));
        rows.add(java.util.Arrays.asList(good2, "导入镇金苹果幼儿园", "KINDERGARTEN", "民办", townshipName, 120, "教民0001号", educationName, null));
        rows.add(java.util.Arrays.asList(Api.uniqueCode("IMP"), "缺少许可证的民办园", "幼儿园", "民办", townshipCode, 80, null, educationName, null));
        rows.add(java.util.Arrays.asList("bad code", "坏代码学校", "小学", "公办", townshipCode, 100, null, educationName, null));
        rows.add(java.util.Arrays.asList(Api.uniqueCode("IMP"), "未知乡镇学校", "小学", "公办", "火星镇", 100, null, educationName, null));
        rows.add(java.util.Arrays.asList(Api.uniqueCode("IMP"), "学生数不对", "小学", "公办", townshipCode, "很多", null, educationName, null));
        rows.add(java.util.Arrays.asList(good1, "重复代码", "小学", "公办", townshipCode, 100, null, educationName, null));
        rows.add(java.util.Arrays.asList(Api.uniqueCode("IMP"), "类别不对", "大学", "公办", townshipCode, 100, null, educationName, null));
        rows.add(java.util.Arrays.asList(Api.uniqueCode("IMP"), "名".repeat(101), "小学", "公办", townshipCode, 100, null, educationName, null));
        byte[] xlsx = Sheets.workbook(SchoolImport.COLUMNS, rows);
        var report = api.upload("/api/units/import", "schools.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx).expect(200);
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").asInt()).isEqualTo(7);
        Map<Integer, JsonNode> byRow = new HashMap<>();
        report.get("errors").forEach(e -> byRow.put(e.get("row").asInt(), e));
        assertThat(byRow.keySet()).containsExactlyInAnyOrder(4, 5, 6, 7, 8, 9, 10);
        assertThat(byRow.get(10).get("column").asText()).isEqualTo("学校名称");
        assertThat(byRow.get(10).get("messageZh").asText()).isEqualTo("长度须在 0 到 100 之间");
        assertThat(byRow.get(10).get("messageEn").asText()).isEqualTo("length must be between 0 and 100");
        assertThat(byRow.get(4).get("column").asText()).isEqualTo("办学许可证号");
        assertThat(byRow.get(5).get("column").asText()).isEqualTo("学校代码");
        assertThat(byRow.get(6).get("column").asText()).isEqualTo("所在乡镇");
        assertThat(byRow.get(6).get("messageZh").asText()).contains("火星镇");
        assertThat(byRow.get(6).get("messageEn").asText()).contains("火星镇");
        assertThat(byRow.get(7).get("column").asText()).isEqualTo("在校学生数");
        assertThat(byRow.get(8).get("messageEn").asText()).contains("exists");
        assertThat(byRow.get(9).get("column").asText()).isEqualTo("学校类别");
        var imported = api.get("/api/units?q=" + good2).expect(200).get("content").get(0);
        assertThat(imported.get("ownership").asText()).isEqualTo("PRIVATE");
        assertThat(imported.get("townshipId").asLong()).isEqualTo(township);
        assertThat(api.get("/api/units?q=缺少许可证的民办园").expect(200).get("totalElements").asLong()).isZero();
    }

    @Test
    void anImportThatIsNotAWorkbookOrLacksColumnsIs400() {
        var notXlsx = api.upload("/api/units/import", "schools.xlsx", "application/octet-stream",
                "name,code\n".getBytes()).expect(400);
        assertThat(notXlsx.get("detailEn").asText()).contains(".xlsx");
        var noColumns = api.upload("/api/units/import", "schools.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                Sheets.workbook(List.of("学校代码", "学校名称"), List.of())).expect(400);
        assertThat(noColumns.get("detailZh").asText()).contains("缺少表头列");
    }
}

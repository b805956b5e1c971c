package org.dudao.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

/** The inspector roster, responsible-inspector assignments and the coverage report through real HTTP. */
@DudaoIntegrationTest
class InspectorApiIT {

    @LocalServerPort int port;
    Api api;
    long township;
    long education;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        township = api.post("/api/units", Map.of("code", Api.uniqueCode("TS"), "name", Api.uniqueCode("督学测试镇"),
                "kind", "TOWNSHIP")).expect(201).id();
        education = api.post("/api/units", Map.of("code", Api.uniqueCode("DEPT"), "name", Api.uniqueCode("督学测试局"),
                "kind", "DEPARTMENT")).expect(201).id();
    }

    long school(int students) {
        Map<String, Object> school = new HashMap<>();
        school.put("code", Api.uniqueCode("SCH"));
        school.put("name", "督学测试学校");
        school.put("kind", "SCHOOL");
        school.put("townshipId", township);
        school.put("schoolKind", "PRIMARY");
        school.put("ownership", "PUBLIC");
        school.put("studentCount", students);
        school.put("supervisingDepartmentId", education);
        return api.post("/api/units", school).expect(201).id();
    }

    long inspector(String employment, String duty) {
        return api.post("/api/inspectors", Map.of("name", "测试督学", "employment", employment, "duty", duty,
                "phone", "13800000000", "email", "t@dudao.local", "expert", true,
                "specialities", List.of("学前教育", "安全稳定"))).expect(201).id();
    }

    @Test
    void createsAnInspectorWithAFirstPartTimeTermOfThreeYears() {
        var created = api.post("/api/inspectors", Map.of("name", "钱督学", "employment", "PART_TIME", "duty", "SCHOOL",
                "termStart", "2025-09-01", "specialities", List.of("小学教育"))).expect(201);
        assertThat(created.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(created.get("terms")).hasSize(1);
        assertThat(created.get("terms").get(0).get("endDate").asText()).isEqualTo("2028-08-31");
        assertThat(created.get("currentTerm").get("startDate").asText()).isEqualTo("2025-09-01");
        assertThat(created.get("specialities").get(0).asText()).isEqualTo("小学教育");
        assertThat(api.get("/api/inspectors/" + created.id()).expect(200).get("name").asText()).isEqualTo("钱督学");
    }

    @Test
    void anEmptyBodyAndBadValuesAre400() {
        var empty = api.post("/api/inspectors", "{}").expect(400);
        empty.fieldError("name");
        empty.fieldError("employment");
        empty.fieldError("duty");
        api.post("/api/inspectors", Map.of("name", "x", "employment", "SOMETIMES", "duty", "SCHOOL")).expect(400).fieldError("employment");
        api.post("/api/inspectors", Map.of("name", "x", "employment", "FULL_TIME", "duty", "SCHOOL",
                "termStart", "2026-02-30")).expect(400).fieldError("termStart");
        api.post("/api/inspectors", Map.of("name", "x".repeat(61), "employment", "FULL_TIME", "duty", "SCHOOL")).expect(400).fieldError("name");
        api.post("/api/inspectors", Map.of("name", "x", "employment", "FULL_TIME", "duty", "SCHOOL", "expert", "maybe")).expect(400).fieldError("expert");
        long id = inspector("FULL_TIME", "SCHOOL");
        api.post("/api/inspectors/" + id + "/terms", "{}").expect(400).fieldError("startDate");
        api.post("/api/inspectors/" + id + "/trainings", "{}").expect(400).fieldError("title");
        api.post("/api/inspectors/" + id + "/evaluations", "{}").expect(400).fieldError("grade");
        api.post("/api/inspectors/" + id + "/evaluations", Map.of("period", "last year", "grade", "EXCELLENT",
                "evaluatedOn", "2025-12-31")).expect(400).fieldError("period");
        api.post("/api/inspectors/" + id + "/dismissal", "{}").expect(400).fieldError("reason");
        api.get("/api/inspectors/987654321").expect(404);
    }

    @Test
    void aDuplicateUserIdIs409() {
        String user = "u-" + Api.uniqueCode("x").toLowerCase();
        api.post("/api/inspectors", Map.of("name", "甲", "userId", user, "employment", "FULL_TIME", "duty", "SCHOOL")).expect(201);
        api.post("/api/inspectors", Map.of("name", "乙", "userId", user, "employment", "FULL_TIME", "duty", "SCHOOL")).expect(409);
    }

    @Test
    void partTimeTermsLastThreeYearsAndAtMostThreeInARow() {
        long id = inspector("PART_TIME", "SCHOOL");
        var wrongLength = api.post("/api/inspectors/" + id + "/terms", Map.of("startDate", "2015-09-01", "endDate", "2017-08-31")).expect(400);
        assertThat(wrongLength.fieldError("endDate").get("messageZh").asText()).contains("3 年");
        api.post("/api/inspectors/" + id + "/terms", Map.of("startDate", "2015-09-01", "endDate", "2018-08-31")).expect(201);
        api.post("/api/inspectors/" + id + "/terms", Map.of("startDate", "2018-09-01")).expect(201);
        var overlap = api.post("/api/inspectors/" + id + "/terms", Map.of("startDate", "2020-01-01")).expect(409);
        assertThat(overlap.get("detailEn").asText()).contains("overlaps");
        api.post("/api/inspectors/" + id + "/terms", Map.of("startDate", "2021-09-01")).expect(201);
        var fourth = api.post("/api/inspectors/" + id + "/terms", Map.of("startDate", "2024-09-01")).expect(409);
        assertThat(fourth.get("detailZh").asText()).contains("连续任职不得超过 3 个任期");
        assertThat(fourth.get("detailEn").asText()).contains("at most 3 consecutive terms");
        assertThat(fourth.fieldError("startDate").get("messageEn").asText()).contains("4th");
        // after a break a new run of terms may start
        api.post("/api/inspectors/" + id + "/terms", Map.of("startDate", "2025-09-01")).expect(201);
        assertThat(api.get("/api/inspectors/" + id).expect(200).get("terms")).hasSize(4);
    }

    @Test
    void fullTimeTermsMayBeOpenEnded() {
        long id = inspector("FULL_TIME", "GOVERNMENT");
        var term = api.post("/api/inspectors/" + id + "/terms", Map.of("startDate", "2010-01-01")).expect(201);
        assertThat(term.get("endDate").isNull()).isTrue();
        api.post("/api/inspectors/" + id + "/terms", Map.of("startDate", "2030-01-01")).expect(409);
        api.post("/api/inspectors/" + id + "/terms", Map.of("startDate", "2005-01-01", "endDate", "2004-01-01")).expect(400);
    }

    @Test
    void trainingsEvaluationsAndDismissal() {
        long id = inspector("PART_TIME", "SCHOOL");
        api.post("/api/inspectors/" + id + "/trainings", Map.of("heldOn", "2025-07-10", "title", "责任督学岗前培训",
                "hours", 24, "provider", "广安市教育督导室")).expect(201);
        api.post("/api/inspectors/" + id + "/evaluations", Map.of("period", "2025", "grade", "EXCELLENT",
                "evaluatedOn", "2026-01-15")).expect(201);
        var again = api.post("/api/inspectors/" + id + "/evaluations", Map.of("period", "2025", "grade", "COMPETENT",
                "evaluatedOn", "2026-01-16")).expect(409);
        assertThat(again.get("detailEn").asText()).contains("evaluated already");
        long school = school(300);
        api.put("/api/schools/" + school + "/responsible-inspector", Map.of("inspectorId", id)).expect(200);
        var dismissed = api.post("/api/inspectors/" + id + "/dismissal", Map.of("dismissedOn", "2026-06-30",
                "reason", "考核不称职")).expect(200);
        assertThat(dismissed.get("status").asText()).isEqualTo("DISMISSED");
        assertThat(dismissed.get("trainings")).hasSize(1);
        assertThat(dismissed.get("evaluations").get(0).get("gradeLabel").asText()).isEqualTo("优秀");
        // the school lost its responsible inspector, and the dismissed inspector cannot be assigned again
        api.get("/api/schools/" + school + "/responsible-inspector").expect(404);
        var refused = api.put("/api/schools/" + school + "/responsible-inspector", Map.of("inspectorId", id)).expect(409);
        assertThat(refused.get("detailZh").asText()).contains("已解聘");
        api.post("/api/inspectors/" + id + "/dismissal", Map.of("dismissedOn", "2026-07-01", "reason", "again")).expect(409);
        api.post("/api/inspectors/" + id + "/terms", Map.of("startDate", "2030-09-01")).expect(409);
    }

    @Test
    void aSchoolHasExactlyOneResponsibleSchoolDutyInspector() {
        long school = school(500);
        long first = inspector("FULL_TIME", "SCHOOL");
        long second = inspector("FULL_TIME", "SCHOOL");
        long government = inspector("FULL_TIME", "GOVERNMENT");
        var wrongDuty = api.put("/api/schools/" + school + "/responsible-inspector", Map.of("inspectorId", government)).expect(409);
        assertThat(wrongDuty.get("detailEn").asText()).contains("school-duty");
        var assigned = api.put("/api/schools/" + school + "/responsible-inspector", Map.of("inspectorId", first)).expect(200);
        assertThat(assigned.get("inspectorId").asLong()).isEqualTo(first);
        var secondOne = api.put("/api/schools/" + school + "/responsible-inspector", Map.of("inspectorId", second)).expect(409);
        assertThat(secondOne.get("detailZh").asText()).contains("已有挂牌责任督学");
        assertThat(secondOne.get("detailEn").asText()).contains("already has a responsible inspector");
        // the same again changes nothing
        api.put("/api/schools/" + school + "/responsible-inspector", Map.of("inspectorId", first)).expect(200);
        api.put("/api/schools/" + township + "/responsible-inspector", Map.of("inspectorId", first)).expect(400);
        api.put("/api/schools/987654321/responsible-inspector", Map.of("inspectorId", first)).expect(404);
        api.put("/api/schools/" + school + "/responsible-inspector", Map.of("inspectorId", 987654321)).expect(404);
        api.put("/api/schools/" + school + "/responsible-inspector", "{}").expect(400).fieldError("inspectorId");
        api.put("/api/inspectors/" + first, Map.of("name", "改名", "employment", "FULL_TIME", "duty", "GOVERNMENT")).expect(409);
        api.delete("/api/schools/" + school + "/responsible-inspector").expect(204);
        api.put("/api/schools/" + school + "/responsible-inspector", Map.of("inspectorId", second)).expect(200);
        var inspectorView = api.get("/api/inspectors/" + second).expect(200);
        assertThat(inspectorView.get("schools").get(0).get("id").asLong()).isEqualTo(school);
    }

    @Test
    void theCoverageReportListsEveryViolation() {
        long lonely = school(300);
        long large = school(2600);
        long small = school(100);
        long busy = inspector("FULL_TIME", "SCHOOL");
        api.put("/api/schools/" + large + "/responsible-inspector", Map.of("inspectorId", busy)).expect(200);
        var warned = api.put("/api/schools/" + small + "/responsible-inspector", Map.of("inspectorId", busy)).expect(200);
        assertThat(warned.get("warnings").toString()).contains("1:1");
        List<Long> extra = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long s = school(200);
            extra.add(s);
            api.put("/api/schools/" + s + "/responsible-inspector", Map.of("inspectorId", busy)).expect(200);
        }
        var report = api.get("/api/coverage").expect(200);
        assertThat(ids(report.get("missingInspector"))).contains(lonely).doesNotContain(large, small);
        assertThat(ids(report.get("missingLiaison"))).contains(lonely, large, small);
        JsonNode load = null;
        for (JsonNode l : report.get("perInspector")) {
            if (l.get("inspectorId").asLong() == busy) {
                load = l;
            }
        }
        assertThat(load).isNotNull();
        assertThat(load.get("schools").asInt()).isEqualTo(6);
        assertThat(load.get("ok").asBoolean()).isFalse();
        List<String> rules = new ArrayList<>();
        for (JsonNode v : report.get("violations")) {
            boolean mine = (v.hasNonNull("inspectorId") && v.get("inspectorId").asLong() == busy)
                    || (v.hasNonNull("schoolId") && List.of(lonely, large, small).contains(v.get("schoolId").asLong()));
            if (mine) {
                rules.add(v.get("rule").asText());
                assertThat(v.get("messageZh").asText()).isNotBlank();
                assertThat(v.get("messageEn").asText()).isNotBlank();
            }
        }
        assertThat(rules).contains("MISSING_INSPECTOR", "MISSING_LIAISON", "TOO_MANY_SCHOOLS", "LARGE_SCHOOL_SHARED");
        assertThat(report.get("largeSchoolStudents").asInt()).isEqualTo(2000);
        assertThat(report.get("maxSchoolsPerInspector").asInt()).isEqualTo(5);
        assertThat(report.get("ratio").asText()).startsWith("1:");
        // tidy up so the demo coverage stays clean for other tests
        for (long s : extra) {
            api.delete("/api/schools/" + s + "/responsible-inspector").expect(204);
        }
    }

    @Test
    void publicContactsListResponsibleInspectors() {
        long school = school(100);
        long id = api.post("/api/inspectors", Map.of("name", "公开督学", "employment", "FULL_TIME", "duty", "SCHOOL",
                "phone", "13912345678", "email", "gk@dudao.local")).expect(201).id();
        api.put("/api/schools/" + school + "/responsible-inspector", Map.of("inspectorId", id)).expect(200);
        var list = api.get("/api/inspectors/public-contacts").expect(200).json();
        JsonNode mine = null;
        for (JsonNode c : list) {
            if (c.get("inspectorId").asLong() == id) {
                mine = c;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("phone").asText()).isEqualTo("13912345678");
        assertThat(mine.get("schools").get(0).get("id").asLong()).isEqualTo(school);
    }

    @Test
    void queriesFilterByDutyStatusAndSpeciality() {
        String speciality = Api.uniqueCode("专长");
        api.post("/api/inspectors", Map.of("name", "专长督学", "employment", "PART_TIME", "duty", "GOVERNMENT",
                "specialities", List.of(speciality))).expect(201);
        var page = api.get("/api/inspectors?speciality=" + speciality + "&duty=GOVERNMENT&status=ACTIVE").expect(200);
        assertThat(page.get("totalElements").asLong()).isEqualTo(1);
        assertThat(api.get("/api/inspectors?speciality=" + speciality + "&duty=SCHOOL").expect(200).get("totalElements").asLong()).isZero();
        assertThat(api.get("/api/inspectors?duty=SCHOOL&size=5").expect(200).get("content").size()).isLessThanOrEqualTo(5);
    }

    @Test
    void importsInspectorsRowByRowWithAnErrorReport() {
        String user = "imp-" + Api.uniqueCode("u").toLowerCase();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("导入督学甲", user, "兼职", "督学", "13800001111", "a@dudao.local", "是", "学前教育、安全稳定",
                LocalDate.of(2025, 9, 1), LocalDate.of(2028, 8, 31), "退休校长"));
        rows.add(Arrays.asList("导入督学乙", null, "专职", "督政", null, null, "否", null, "2024-03-01", null, null));
        rows.add(Arrays.asList("任期不对", null, "兼职", "督学", null, null, null, null, "2025-09-01", "2026-08-31", null));
        rows.add(Arrays.asList("类别不对", null, "兼职", "督察", null, null, null, null, null, null, null));
        rows.add(Arrays.asList("账号重复", user, "专职", "督学", null, null, null, null, null, null, null));
        rows.add(Arrays.asList("日期不对", null, "专职", "督学", null, null, null, null, "2026-02-30", null, null));
        rows.add(Arrays.asList(null, null, "专职", "督学", "13800002222", null, null, null, null, null, null));
        rows.add(Arrays.asList("邮箱不对", null, "专职", "督学", null, "not-an-email", null, null, null, null, null));
        var report = api.upload("/api/inspectors/import", "inspectors.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                Sheets.workbook(InspectorImport.COLUMNS, rows)).expect(200);
        assertThat(report.get("imported").asInt()).as(report.body()).isEqualTo(2);
        assertThat(report.get("rejected").asInt()).isEqualTo(6);
        Map<Integer, JsonNode> byRow = new HashMap<>();
        report.get("errors").forEach(e -> byRow.put(e.get("row").asInt(), e));
        assertThat(byRow.keySet()).containsExactlyInAnyOrder(4, 5, 6, 7, 8, 9);
        assertThat(byRow.get(4).get("column").asText()).isEqualTo("任期结束");
        assertThat(byRow.get(5).get("column").asText()).isEqualTo("督导类别");
        assertThat(byRow.get(6).get("column").asText()).isEqualTo("登录账号");
        assertThat(byRow.get(7).get("column").asText()).isEqualTo("任期开始");
        assertThat(byRow.get(8).get("column").asText()).isEqualTo("姓名");
        assertThat(byRow.get(9).get("column").asText()).isEqualTo("电子邮箱");
        assertThat(byRow.get(9).get("messageZh").asText()).isEqualTo("不是有效的电子邮箱地址");
        assertThat(byRow.get(9).get("messageEn").asText()).isEqualTo("is not a valid email address");
        assertThat(byRow.get(4).get("messageEn").asText()).contains("3 years");
        long imported = report.get("createdIds").get(0).asLong();
        var first = api.get("/api/inspectors/" + imported).expect(200);
        assertThat(first.get("employment").asText()).isEqualTo("PART_TIME");
        assertThat(first.get("expert").asBoolean()).isTrue();
        assertThat(first.get("specialities")).hasSize(2);
        assertThat(first.get("terms").get(0).get("endDate").asText()).isEqualTo("2028-08-31");
    }

    private static List<Long> ids(JsonNode refs) {
        List<Long> ids = new ArrayList<>();
        refs.forEach(r -> ids.add(r.get("id").asLong()));
        return ids;
    }
}

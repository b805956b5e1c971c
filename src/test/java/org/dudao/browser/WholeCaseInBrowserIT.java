package org.dudao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.dudao.Api;
import org.dudao.DudaoIntegrationTest;
import org.dudao.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One case from opening to closing, worked by the demo users in the Chinese Tasklist and its Camunda Forms,
 * in headless Chromium: office1 opens and plans a routine case of 三溪镇中心小学, inspector1 inspects and
 * records a finding and drafts the report, committee1 approves it, office1 feeds back, liaison-sanxi submits
 * the rectification plan and report, inspector1 rejects the report, the new deadline passes and the urging
 * notice (督办通知) goes out, liaison-sanxi resubmits, inspector1 accepts, and after the look-back the case
 * is closed. Users outside the case see none of its tasks. Screenshots of the main steps go to
 * {@code target/screenshots/case-*.png}.
 *
 * <p>The test suite runs without the job executor: after each step the test executes the case's async
 * continuations, as the executor would within seconds. Waiting for deadlines is replaced by an administrator
 * firing the timer jobs through the engine REST API.
 */
@DudaoIntegrationTest
class WholeCaseInBrowserIT {

    static final String SCHOOL = "三溪镇中心小学";

    @LocalServerPort int port;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    final Map<String, Tasklist> tasklists = new LinkedHashMap<>();
    final String title = "浏览器全流程督导 " + UUID.randomUUID().toString().substring(0, 6);
    final String label = SCHOOL + " · " + title;

    @AfterEach
    void closeBrowsers() {
        tasklists.values().forEach(Tasklist::close);
    }

    @Test
    void theDemoUsersWorkOneCaseFromPlanToCloseInTheChineseTasklist() {
        try {
            workTheCase();
        } catch (RuntimeException | AssertionError e) {
            // what each user saw when it failed
            tasklists.forEach((user, tasklist) -> tasklist.browser().screenshot("failed-" + user));
            throw e;
        }
    }

    void workTheCase() {
        // office1 opens the case with the start form
        Tasklist office = as("office1");
        office.startForm("督导案件")
                .type("案件名称", title)
                .select("督导类别", "督学（学校、幼儿园）")
                .select("督导方式", "常规督导")
                .type("被督导单位（牵头）编码", "SCH-SXXX")
                .date("计划督导日期", LocalDate.now().plusDays(5));
        screenshot(office, "01-open-case");
        office.start();
        String caseKey = caseIdOf(title);
        runJobs(caseKey);

        // office1 plans it; the form refuses to complete while required fields are empty
        assertThat(office.tasksOfCase(caseKey)).containsExactly("制订督导方案 — " + label);
        CamundaForm plan = office.claim(caseKey, "制订督导方案 — " + label);
        assertThat(plan.field("督导日期").findElement(By.cssSelector("input")).getAttribute("value"))
                .as("the planned date comes from the case").isNotBlank();
        assertThat(office.completeRefused()).contains("提交任务表单时出错");
        // in Chinese: form-js has no translations of its own (scripts/dudao/form-language.js)
        assertThat(plan.errors()).hasSize(3).containsOnly("此项为必填项。");
        screenshot(office, "02-plan-required-fields");
        assertThat(office.tasksOfCase(caseKey)).containsExactly("制订督导方案 — " + label);
        plan = office.claim(caseKey, "制订督导方案 — " + label);
        plan.type("督导范围与重点", "教育教学与校园安全")
                .type("督导清单", "课程开设\n安全台账")
                .tags("督导组成员（督学）", "张建国（专职·督学）");
        office.complete();
        runJobs(caseKey);

        // only the team inspects: inspector2 is not on it
        assertThat(as("inspector2").tasksOfCase(caseKey)).isEmpty();
        Tasklist inspector = as("inspector1");
        CamundaForm inspection = inspector.claim(caseKey, "实地督导并逐项记录问题 — " + label);
        inspection.radio("督导结果", "发现问题（逐项记录）")
                .select("责任单位", SCHOOL + "（牵头）")
                .select("问题类别", "安全稳定")
                .select("严重程度", "较重")
                .type("问题描述", "教学楼楼道应急照明损坏")
                .type("依据（法律法规、标准条款）", "《中小学幼儿园安全管理办法》")
                .type("督导情况说明", "查阅安全台账，实地查看教学楼");
        inspection.field("问题类别"); // the finding in view
        screenshot(inspector, "03-inspection-finding");
        inspector.complete();
        runJobs(caseKey);
        inspector.claim(caseKey, "起草督导报告 — " + label)
                .type("报告正文", "督导报告：发现一项安全问题，已提出整改要求。");
        inspector.complete();
        runJobs(caseKey);

        // committee1 approves the report
        Tasklist committee = as("committee1");
        committee.claim(caseKey, "审定督导报告 — " + label)
                .radio("审定结果", "审定通过，予以公开")
                .type("审定意见", "同意公开");
        committee.complete();
        runJobs(caseKey);

        // office1 feeds back item by item
        office.claim(caseKey, "督导反馈并提出整改要求 — " + label)
                .radio("反馈方式", "下发书面通知")
                .date("反馈日期", LocalDate.now())
                .type("整改要求", "一周内修复应急照明，建立巡检制度")
                .date("整改期限", LocalDate.now().plusDays(40));
        screenshot(office, "04-feedback");
        office.complete();
        runJobs(caseKey);

        // the school's liaison, and no other unit's, has the rectification
        assertThat(as("liaison-yankou").tasksOfCase(caseKey)).isEmpty();
        Tasklist liaison = as("liaison-sanxi");
        assertThat(liaison.tasksOfCase(caseKey)).containsExactly("提交整改方案 — " + label);
        liaison.claim(caseKey, "提交整改方案 — " + label)
                .type("整改措施", "更换全部应急照明，每周巡检一次")
                .type("整改责任人（姓名、职务）", "吴丹，副校长")
                .date("计划完成日期", LocalDate.now().plusDays(7));
        screenshot(liaison, "05-rectification-plan");
        liaison.complete();
        runJobs(caseKey);
        submitReport(liaison, caseKey, "应急照明已更换一半。");

        // inspector1 rejects the report: it goes back to the school
        inspector.claim(caseKey, "验收整改 — " + label)
                .radio("验收结果", "不通过，退回")
                .type("验收意见", "整改不到位，仍有楼层未更换");
        screenshot(inspector, "06-verification-rejected");
        inspector.complete();
        runJobs(caseKey);
        assertThat(liaison.tasksOfCase(caseKey)).containsExactly("提交整改报告 — " + label);

        // the new report deadline (15 days away) passes: rather than wait, the administrator fires the overdue
        // timer now; the ladder decides on an urging notice (督办通知) with a new deadline
        fireTimerAsAdmin(caseKey, "rectification", "Timer_ReportOverdue");
        runJobs(caseKey);
        Browser outbox = office.browser();
        // the outbox page is under /api (HTTP Basic): the browser takes the login from the address
        outbox.driver().get("http://office1:demo@localhost:" + port + "/api/outbox?kind=URGING_NOTICE");
        outbox.await(driver -> outbox.text().contains(title));
        assertThat(outbox.text()).contains("督办通知", SCHOOL);
        screenshot(office, "07-urging-notice-outbox");
        assertThat(new Api(port, "office1").get("/api/cases/" + caseKey).expect(200).get("rung").asText()).isEqualTo("URGING");

        // resubmitted and accepted
        submitReport(liaison, caseKey, "应急照明已全部更换，巡检记录齐全。");
        inspector.claim(caseKey, "验收整改 — " + label)
                .radio("验收结果", "验收通过，销号")
                .type("验收意见", "整改到位");
        inspector.complete();
        runJobs(caseKey);

        // the look-back falls due months later: fired now as well
        fireTimerAsAdmin(caseKey, "supervision-case", "Timer_LookBackDue");
        runJobs(caseKey);
        inspector.claim(caseKey, "回头看复查 — " + label)
                .radio("复查结果", "整改到位，无反弹")
                .type("复查情况", "复查应急照明和巡检记录，整改成果巩固");
        screenshot(inspector, "08-look-back");
        inspector.complete();
        runJobs(caseKey);

        assertThat(office.tasksOfCase(caseKey)).isEmpty();
        Api api = new Api(port, "office1");
        JsonNode closed = api.get("/api/cases/" + caseKey).expect(200).json();
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("report").get("approvedBy").asText()).isEqualTo("committee1");
        JsonNode rectification = api.get("/api/cases/" + caseKey + "/rectifications").expect(200).json().get(0);
        assertThat(rectification.get("verifiedBy").asText()).isEqualTo("inspector1");
    }

    void submitReport(Tasklist liaison, String caseKey, String report) {
        liaison.claim(caseKey, "提交整改报告 — " + label)
                .type("整改情况", report)
                .date("完成日期", LocalDate.now())
                .type("佐证材料说明", "照片和巡检记录");
        liaison.complete();
        runJobs(caseKey);
    }

    // ---- the users' browsers ----

    /** The user's own browser, logged in at its first use. */
    Tasklist as(String user) {
        return tasklists.computeIfAbsent(user, name -> Tasklist.loginAs(port, name));
    }

    void screenshot(Tasklist tasklist, String name) {
        tasklist.browser().screenshot("case-" + name);
    }

    String caseIdOf(String caseTitle) {
        JsonNode found = new Api(port, "office1").get("/api/cases?q=" + URLEncoder.encode(caseTitle, StandardCharsets.UTF_8))
                .expect(200).json().get("content");
        assertThat(found).hasSize(1);
        return found.get(0).get("id").asText();
    }

    // ---- what the engine does by itself outside the test suite ----

    /** Executes the async continuations of the case's process instances (the job executor is off in tests). */
    void runJobs(String caseKey) {
        for (int round = 0; round < 100; round++) {
            List<Job> jobs = new ArrayList<>();
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseKey).list()) {
                jobs.addAll(management.createJobQuery().processInstanceId(instance.getId()).messages().withRetriesLeft().list());
            }
            if (jobs.isEmpty()) {
                return;
            }
            management.executeJob(jobs.get(0).getId());
        }
        throw new AssertionError("jobs keep coming for case " + caseKey);
    }

    /** Fires a waiting timer now, as the administrator can in Cockpit, instead of waiting for its date. */
    void fireTimerAsAdmin(String caseKey, String processKey, String timerId) {
        Http http = new Http(port);
        JsonNode instances = json(http.getAs("demo", "/engine-rest/process-instance?businessKey=" + caseKey
                + "&processDefinitionKey=" + processKey).body());
        assertThat(instances).hasSize(1);
        JsonNode timers = json(http.getAs("demo", "/engine-rest/job?timers=true&activityId=" + timerId
                + "&processInstanceId=" + instances.get(0).get("id").asText()).body());
        assertThat(timers).as(timerId).hasSize(1);
        var fired = http.postJson("demo", "/engine-rest/job/" + timers.get(0).get("id").asText() + "/execute", "");
        assertThat(fired.statusCode()).as(fired.body()).isEqualTo(204);
    }

    static JsonNode json(String body) {
        try {
            return Api.JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }
}

package org.dudao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dudao.DudaoIntegrationTest;
import org.dudao.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The app as it starts by default, without an SMTP server: notices are recorded and shown, never lost. */
@DudaoIntegrationTest
class OutboxPageIT {

    @Autowired NoticeService notices;
    @Autowired NoticeDispatcher dispatcher;
    @Autowired NoticeMailer mailer;
    @LocalServerPort int port;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    static final LocalDate DEADLINE = LocalDate.now().plusDays(7);

    long issue(NoticeKind kind) {
        return notices.issue(IssueNotice.builder(kind, kind.templateName() + ":finding-7:" + run)
                .forCase(9001L, "2026年武胜县第一中学专项督导")
                .unit(21L, "武胜县第一中学")
                .deadline(DEADLINE)
                .finding("食堂食品安全管理制度未落实")
                .recipient(RecipientRole.UNIT_CONTACT, "陈老师", "chen-" + run + "@dudao.test")
                .recipient(RecipientRole.SUPERVISING_DEPARTMENT, "县教科体局", "jkt-" + run + "@dudao.test")
                .build());
    }

    @Test
    void withoutSmtpEveryNoticeIsRecordedAndTheOutboxPageShowsIt() {
        assertThat(mailer.configured()).isFalse();
        long urging = issue(NoticeKind.URGING_NOTICE);
        long reminder = issue(NoticeKind.DEADLINE_REMINDER);

        dispatcher.dispatchOnce();

        assertThat(notices.get(urging).notice().deliveries()).allSatisfy(d ->
                assertThat(d.status()).isEqualTo(DeliveryStatus.RECORDED));
        assertThat(notices.get(reminder).notice().status()).isEqualTo(NoticeStatus.RECORDED);
        Http http = new Http(port);
        var page = http.get("/api/outbox", "Authorization", Http.basic("demo", "demo"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("发件箱", "未配置邮件服务器", "notice-" + urging, "notice-" + reminder,
                "督办通知", "到期提醒", "武胜县第一中学", "陈老师（责任单位联络员）", "chen-" + run + "@dudao.test",
                "县教科体局（主管部门）", "仅记录（未配置邮件服务器）", notices.get(urging).notice().subject(),
                DEADLINE.toString(), "/api/notices/" + urging + "/pdf", "/api/notices/" + urging + "/mail")
                .doesNotContain("/api/notices/" + reminder + "/pdf");
        var mail = http.get("/api/notices/" + urging + "/mail", "Authorization", Http.basic("demo", "demo"));
        assertThat(mail.statusCode()).isEqualTo(200);
        assertThat(mail.body()).contains("督办通知书", "武胜县第一中学：", "食堂食品安全管理制度未落实");
        var recorded = http.getAs("demo", "/api/notices?status=RECORDED&kind=URGING_NOTICE");
        assertThat(recorded.body()).contains("{\"id\":" + urging + ",\"kind\"").doesNotContain("{\"id\":" + reminder + ",\"kind\"");
    }

    @Test
    void theOutboxPageAndTheApiNeedALogin() {
        Http http = new Http(port);
        assertThat(http.get("/api/outbox").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/notices").statusCode()).isEqualTo(401);
    }

    @Test
    void theFormalDocumentDownloadsAsAPdfInChinese() throws Exception {
        long id = issue(NoticeKind.URGING_NOTICE);
        String number = notices.get(id).notice().documentNumber();

        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(new Http(port).request("/api/notices/" + id + "/pdf")
                .header("Authorization", Http.basic("demo", "demo")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment").contains("filename*=UTF-8''"));
        try (PDDocument document = Loader.loadPDF(response.body())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("武胜县人民政府教育督导委员会办公室", "督办通知书", number, "武胜县第一中学",
                    NoticeRenderer.DATE.format(DEADLINE));
        }
    }

    @Test
    void theNoticesOfACaseAreListedNewestFirst() {
        long first = issue(NoticeKind.SUPERVISION_NOTICE);
        long second = issue(NoticeKind.FEEDBACK_INVITATION);

        assertThat(notices.findByCase(9001L)).extracting(NoticeSummary::id).containsSubsequence(second, first);
        var listed = new Http(port).getAs("demo", "/api/notices?caseId=9001");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("{\"id\":" + first + ",\"kind\"", "{\"id\":" + second + ",\"kind\"", "\"kindLabel\":\"督导反馈会议邀请\"");
        var details = new Http(port).getAs("demo", "/api/notices/" + first);
        assertThat(details.body()).contains("\"event\":\"ISSUED\"", "\"eventLabel\":\"签发\"", "\"bodyText\":");
    }

    @Test
    void badRequestsGetBilingualProblems() {
        Http http = new Http(port);
        var unknown = http.getAs("demo", "/api/notices/987654321");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknown.body()).contains("\"detailZh\":\"未找到通知：987654321\"", "\"detailEn\":\"notice not found: 987654321\"");

        assertThat(http.getAs("demo", "/api/notices/987654321/pdf").statusCode()).isEqualTo(404);
        long reminder = issue(NoticeKind.DEADLINE_REMINDER);
        var noPdf = http.getAs("demo", "/api/notices/" + reminder + "/pdf");
        assertThat(noPdf.statusCode()).isEqualTo(404);
        assertThat(noPdf.body()).contains("没有 PDF", "has no PDF");

        var badStatus = http.getAs("demo", "/api/notices?status=LOST");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(badStatus.body()).contains("\"field\":\"status\"");
        assertThat(http.getAs("demo", "/api/notices?limit=0").statusCode()).isEqualTo(400);
        assertThat(http.getAs("demo", "/api/notices/abc").statusCode()).isEqualTo(400);

        var nothingToRetry = http.postJson("demo", "/api/notices/" + reminder + "/retry", "");
        assertThat(nothingToRetry.statusCode()).isEqualTo(409);
        assertThat(nothingToRetry.body()).contains("无需重发", "nothing to retry");
        assertThat(http.postJson("demo", "/api/notices/987654321/retry", "").statusCode()).isEqualTo(404);

        long delivery = notices.get(reminder).notice().deliveries().get(0).id();
        var badOutcome = http.postJson("demo", "/api/notices/" + reminder + "/deliveries/" + delivery + "/resolve",
                "{\"outcome\":\"MAYBE\"}");
        assertThat(badOutcome.statusCode()).isEqualTo(400);
        assertThat(badOutcome.body()).contains("\"field\":\"outcome\"");
        assertThat(http.postJson("demo", "/api/notices/" + reminder + "/deliveries/" + delivery + "/resolve", "{}")
                .statusCode()).isEqualTo(400);
        var notUncertain = http.postJson("demo", "/api/notices/" + reminder + "/deliveries/" + delivery + "/resolve",
                "{\"outcome\":\"ARRIVED\"}");
        assertThat(notUncertain.statusCode()).isEqualTo(409);
        assertThat(http.postJson("demo", "/api/notices/" + reminder + "/deliveries/987654321/resolve",
                "{\"outcome\":\"ARRIVED\"}").statusCode()).isEqualTo(404);
    }
}

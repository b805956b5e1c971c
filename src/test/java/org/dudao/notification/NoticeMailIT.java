package org.dudao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Each kind of notice as its recipients get it: who, subject, text, HTML, and the PDF of formal ones. */
class NoticeMailIT extends MailIntegrationTest {

    static final LocalDate DEADLINE = LocalDate.now().plusDays(3);
    static final String DEADLINE_TEXT = NoticeRenderer.DATE.format(DEADLINE);

    IssueNotice.Builder notice(NoticeKind kind) {
        return IssueNotice.builder(kind, kind.templateName() + ":finding-" + run + ":round-1")
                .forCase(4201L, "2026年春季三溪镇中心小学综合督导")
                .unit(17L, "三溪镇中心小学")
                .task("task-" + run)
                .deadline(DEADLINE)
                .finding("校舍安全隐患未排除（教学楼二楼护栏松动）")
                .finding("课后服务收费未公示")
                .recipient(RecipientRole.UNIT_CONTACT, "李明", address("contact"))
                .recipient(RecipientRole.SUPERVISING_DEPARTMENT, "县教科体局", address("department"));
    }

    @Test
    void aReminderBeforeTheDeadlineReachesTheUnitAndItsDepartmentInChinese() throws Exception {
        long id = notices.issue(notice(NoticeKind.DEADLINE_REMINDER).build());

        dispatcher.dispatchOnce();

        for (String to : List.of(address("contact"), address("department"))) {
            List<MimeMessage> received = messagesTo(to);
            assertThat(received).hasSize(1);
            Mail mail = Mail.of(received.get(0));
            assertThat(mail.subject).isEqualTo("【到期提醒】三溪镇中心小学：2026年春季三溪镇中心小学综合督导（整改期限 "
                    + DEADLINE_TEXT + "）");
            assertThat(mail.rawSubject).startsWith("=?UTF-8?");
            assertThat(mail.text).contains("三溪镇中心小学：", "2026年春季三溪镇中心小学综合督导", "校舍安全隐患未排除",
                    "课后服务收费未公示", "整改期限为" + DEADLINE_TEXT, "距期限还有3天",
                    "http://localhost:8080/camunda/app/tasklist/default/#/?task=task-" + run);
            assertThat(mail.html).contains("三溪镇中心小学", "校舍安全隐患未排除", DEADLINE_TEXT,
                    "href=\"http://localhost:8080/camunda/app/tasklist/default/#/?task=task-" + run + "\"");
            assertThat(mail.contentType).startsWith("multipart/mixed");
            assertThat(mail.alternative).isTrue();
            assertThat(mail.pdfs).isEmpty();
        }
        assertThat(notices.get(id).notice().status()).isEqualTo(NoticeStatus.SENT);
        assertThat(notices.get(id).history()).extracting(NoticeDetails.HistoryEntry::event)
                .containsSubsequence("ISSUED", "SENDING", "SENT");
    }

    @Test
    void anUrgingNoticeCarriesItsDocumentAsPdf() throws Exception {
        long id = notices.issue(notice(NoticeKind.URGING_NOTICE).build());
        String number = notices.get(id).notice().documentNumber();

        dispatcher.dispatchOnce();

        assertThat(number).matches("武督办〔" + LocalDate.now().getYear() + "〕\\d+号");
        for (String to : List.of(address("contact"), address("department"))) {
            Mail mail = Mail.of(messagesTo(to).get(0));
            assertThat(mail.subject).startsWith("【督办通知】" + number + " 三溪镇中心小学：2026年春季三溪镇中心小学综合督导");
            assertThat(mail.text).contains("督办通知书", number, "未按期完成整改", "于" + DEADLINE_TEXT + "前整改到位",
                    "校舍安全隐患未排除");
            assertFormalPdf(mail, "督办通知书", number);
        }
    }

    @Test
    void anInterviewNoticeGoesToTheUnitTheDisciplineCommissionAndTheOrganisationDepartment() throws Exception {
        LocalDateTime at = LocalDateTime.now().plusDays(5).withHour(9).withMinute(30).withSecond(0).withNano(0);
        long id = notices.issue(notice(NoticeKind.INTERVIEW_NOTICE)
                .meeting(at, "县教科体局三楼会议室")
                .recipient(RecipientRole.DISCIPLINE, "县纪委监委派驻纪检组", address("discipline"))
                .recipient(RecipientRole.ORGANIZATION, "县委组织部干部科", address("organization"))
                .build());
        String number = notices.get(id).notice().documentNumber();

        dispatcher.dispatchOnce();

        for (String to : List.of(address("contact"), address("department"), address("discipline"),
                address("organization"))) {
            List<MimeMessage> received = messagesTo(to);
            assertThat(received).as(to).hasSize(1);
            Mail mail = Mail.of(received.get(0));
            assertThat(mail.subject).startsWith("【约谈通知】" + number);
            assertThat(mail.text).contains("决定对你单位主要负责人进行约谈", "约谈时间：" + NoticeRenderer.DATE_TIME.format(at),
                    "约谈地点：县教科体局三楼会议室", "参加单位：县纪委监委、县委组织部");
            String pdfText = assertFormalPdf(mail, "约谈通知书", number);
            assertThat(pdfText).contains("县纪委监委、县委组织部");
        }
        assertThat(notices.get(id).notice().deliveries()).extracting(NoticeSummary.Delivery::role)
                .containsExactly(RecipientRole.UNIT_CONTACT, RecipientRole.SUPERVISING_DEPARTMENT,
                        RecipientRole.DISCIPLINE, RecipientRole.ORGANIZATION);
    }

    @Test
    void aCircularGoesToTheLeadershipAndTheUnit() throws Exception {
        long id = notices.issue(notice(NoticeKind.CIRCULAR)
                .recipient(RecipientRole.LEADERSHIP, "县委县政府督查室", address("leadership"))
                .build());
        String number = notices.get(id).notice().documentNumber();

        dispatcher.dispatchOnce();

        for (String to : List.of(address("contact"), address("department"), address("leadership"))) {
            Mail mail = Mail.of(messagesTo(to).get(0));
            assertThat(mail.subject).startsWith("【通报】" + number);
            assertThat(mail.text).contains("现对三溪镇中心小学予以通报", "纳入年度目标绩效考核");
            assertFormalPdf(mail, "通报", number);
        }
    }

    @Test
    void anAccountabilityDecisionStatesTheMeasures() throws Exception {
        long id = notices.issue(notice(NoticeKind.ACCOUNTABILITY_DECISION)
                .message("一、对三溪镇中心小学予以通报批评；二、建议对校长张某进行诫勉谈话。")
                .recipient(RecipientRole.DISCIPLINE, "县纪委监委", address("discipline"))
                .build());
        String number = notices.get(id).notice().documentNumber();

        dispatcher.dispatchOnce();

        for (String to : List.of(address("contact"), address("department"), address("discipline"))) {
            Mail mail = Mail.of(messagesTo(to).get(0));
            assertThat(mail.subject).startsWith("【问责决定】" + number);
            assertThat(mail.text).contains("作出如下问责决定", "建议对校长张某进行诫勉谈话");
            String pdfText = assertFormalPdf(mail, "问责决定书", number);
            assertThat(pdfText).contains("建议对校长张某进行诫勉谈话");
        }
    }

    private static String assertFormalPdf(Mail mail, String title, String number) throws IOException {
        assertThat(mail.pdfs).hasSize(1);
        assertThat(mail.pdfNames).containsExactly(title + "（" + number + "）.pdf");
        try (PDDocument document = Loader.loadPDF(mail.pdfs.get(0))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("武胜县人民政府教育督导委员会办公室", title, number, "三溪镇中心小学", DEADLINE_TEXT,
                    "校舍安全隐患未排除");
            assertThat(NoticeDocumentTest.embeddedFonts(document)).allSatisfy(font -> {
                assertThat(font.getName()).contains("NotoSansSC");
                assertThat(font.isEmbedded()).isTrue();
            });
            return text;
        }
    }

    /** A received message taken apart. */
    record Mail(String subject, String rawSubject, String contentType, boolean alternative, String text, String html,
                List<byte[]> pdfs, List<String> pdfNames) {

        static Mail of(MimeMessage message) throws MessagingException, IOException {
            List<byte[]> pdfs = new ArrayList<>();
            List<String> names = new ArrayList<>();
            String[] text = new String[2];
            boolean[] alternative = new boolean[1];
            walk(message, text, alternative, pdfs, names);
            return new Mail(message.getSubject(), message.getHeader("Subject")[0], message.getContentType(),
                    alternative[0], text[0], text[1], pdfs, names);
        }

        private static void walk(Part part, String[] text, boolean[] alternative, List<byte[]> pdfs,
                                 List<String> names) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                if (part.isMimeType("multipart/alternative")) {
                    alternative[0] = true;
                }
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child, text, alternative, pdfs, names);
                }
            } else if (part.isMimeType("application/pdf")) {
                try (InputStream in = part.getInputStream()) {
                    pdfs.add(in.readAllBytes());
                }
                names.add(MimeUtility.decodeText(part.getFileName()));
            } else if (part.isMimeType("text/plain")) {
                assertThat(part.getContentType()).containsIgnoringCase("charset=UTF-8");
                text[0] = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                text[1] = (String) part.getContent();
            }
        }
    }
}

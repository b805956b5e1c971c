package org.dudao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rendering without Spring: every kind's mail and text, and the formal documents as PDF with the font inside. */
class NoticeDocumentTest {

    static final NotificationProperties PROPERTIES = new NotificationProperties("督导办 <noreply@dudao.local>",
            "武胜县人民政府教育督导委员会办公室", "武督办", "", false, Duration.ofSeconds(5), 50, Duration.ofMinutes(5),
            new NotificationProperties.Retry(3, Duration.ofSeconds(1), Duration.ofSeconds(4)),
            new NotificationProperties.Digest("-", List.of()));

    final NoticeRenderer renderer = new NoticeRenderer("武胜县", "http://dudao.example:8080/", PROPERTIES);
    final PdfRenderer pdf = new PdfRenderer();

    static IssueNotice command(NoticeKind kind) {
        return IssueNotice.builder(kind, "test:" + kind)
                .forCase(42L, "2026年春季三溪镇中心小学综合督导")
                .unit(7L, "三溪镇中心小学")
                .task("task-123")
                .deadline(LocalDate.of(2026, 12, 31))
                .finding("校舍安全隐患未排除（教学楼二楼护栏松动）")
                .finding("课后服务收费未公示")
                .message("请你单位校长于约谈前提交书面说明。")
                .meeting(LocalDateTime.of(2026, 12, 3, 9, 30), "县教科体局三楼会议室")
                .recipient(RecipientRole.UNIT_CONTACT, "李联络", "lianluo@sanxi.example")
                .recipient(RecipientRole.SUPERVISING_DEPARTMENT, "王科长", "wang@jkt.example")
                .recipient(RecipientRole.DISCIPLINE, "赵纪检", "zhao@jw.example")
                .recipient(RecipientRole.ORGANIZATION, "钱组织", "qian@zzb.example")
                .build();
    }

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void everyKindRendersInChineseWithTheUnitTheCaseTheFindingsTheDeadlineAndTheLink(NoticeKind kind) {
        var rendered = renderer.render(command(kind), kind.formal() ? "武督办〔2026〕12号" : null, LocalDate.of(2026, 12, 1));

        assertThat(rendered.subject()).startsWith("【" + kind.label() + "】");
        assertThat(rendered.html()).contains("武胜县人民政府教育督导委员会办公室")
                .contains("校舍安全隐患未排除（教学楼二楼护栏松动）")
                .contains("http://dudao.example:8080/camunda/app/tasklist/default/#/?task=task-123");
        assertThat(rendered.text()).contains("武胜县人民政府教育督导委员会办公室")
                .contains("1. 校舍安全隐患未排除（教学楼二楼护栏松动）")
                .contains("2. 课后服务收费未公示")
                .contains("http://dudao.example:8080/camunda/app/tasklist/default/#/?task=task-123")
                .doesNotContain("[(").doesNotContain("th:");
        if (kind != NoticeKind.DIGEST) {
            assertThat(rendered.subject()).contains("三溪镇中心小学");
            assertThat(rendered.html()).contains("三溪镇中心小学").contains("2026年春季三溪镇中心小学综合督导");
            assertThat(rendered.text()).contains("三溪镇中心小学").contains("2026年春季三溪镇中心小学综合督导");
        }
        assertThat(rendered.documentHtml() != null).isEqualTo(kind.formal());
        System.out.println("=== " + kind + "\n" + rendered.subject() + "\n" + rendered.text());
    }

    @Test
    void theReminderCountsTheDaysLeft() {
        var rendered = renderer.render(command(NoticeKind.DEADLINE_REMINDER), null, LocalDate.of(2026, 12, 28));
        assertThat(rendered.subject()).isEqualTo("【到期提醒】三溪镇中心小学：2026年春季三溪镇中心小学综合督导（整改期限 2026年12月31日）");
        assertThat(rendered.text()).contains("整改期限为2026年12月31日，距期限还有3天");
    }

    @ParameterizedTest
    @EnumSource(value = NoticeKind.class, names = {"URGING_NOTICE", "INTERVIEW_NOTICE", "CIRCULAR", "ACCOUNTABILITY_DECISION"})
    void formalNoticesBecomePdfsInChineseWithTheFontEmbedded(NoticeKind kind) throws IOException {
        var rendered = renderer.render(command(kind), "武督办〔2026〕12号", LocalDate.of(2026, 12, 1));

        byte[] document = pdf.render(rendered.documentHtml());
        Files.write(Path.of("target", kind.templateName() + ".pdf"), document);

        try (PDDocument parsed = Loader.loadPDF(document)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(parsed).replaceAll("\\s+", "");
            assertThat(text).contains("武胜县人民政府教育督导委员会办公室")
                    .contains(kind.documentTitle())
                    .contains("武督办〔2026〕12号")
                    .contains("2026年12月31日")
                    .contains("2026年12月1日")
                    .contains("校舍安全隐患未排除");
            if (kind != NoticeKind.CIRCULAR) {
                assertThat(text).contains("三溪镇中心小学：");
            }
            assertThat(embeddedFonts(parsed)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("NotoSansSC");
                assertThat(font.isEmbedded()).isTrue();
            });
        }
    }

    static List<PDFont> embeddedFonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }
}

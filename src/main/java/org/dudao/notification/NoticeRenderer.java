package org.dudao.notification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a notice from the Thymeleaf templates in {@code templates/notification/}: the subject,
 * the HTML mail ({@code mail.html} around the kind's fragment in {@code bodies.html}), the plain
 * text ({@code text/<kind>.txt}) and, for formal kinds, the document ({@code document.html},
 * XHTML for the PDF renderer). Its own template engines, so the web views' engine stays untouched.
 */
@Component
class NoticeRenderer {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    static final String TASK_LINK = "/camunda/app/tasklist/default/#/?task=";
    static final String TASKLIST = "/camunda/app/tasklist/default/";

    /** What a notice looks like once rendered; stored with the notice so it never changes afterwards. */
    record Rendered(String subject, String html, String text, String documentHtml) {
    }

    private final SpringTemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final SpringTemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final String county;
    private final String baseUrl;
    private final NotificationProperties properties;

    NoticeRenderer(@Value("${dudao.county}") String county,
                   @Value("${dudao.base-url:http://localhost:8080}") String baseUrl,
                   NotificationProperties properties) {
        this.county = county;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.properties = properties;
    }

    Rendered render(IssueNotice notice, String documentNumber, LocalDate issuedOn) {
        String subject = subject(notice, documentNumber, issuedOn);
        Context context = context(notice, documentNumber, issuedOn, subject);
        String template = notice.kind().templateName();
        String document = notice.kind().formal() ? html.process("document", context) : null;
        return new Rendered(subject, html.process("mail", context), text.process("text/" + template, context), document);
    }

    /** The link in the mail: the task if the caller named one, else the case page if configured, else the Tasklist. */
    String link(IssueNotice notice) {
        if (notice.taskId() != null && !notice.taskId().isBlank()) {
            return baseUrl + TASK_LINK + notice.taskId();
        }
        if (notice.caseId() != null && !properties.caseLink().isBlank()) {
            return baseUrl + properties.caseLink().replace("{caseId}", notice.caseId().toString());
        }
        return baseUrl + TASKLIST;
    }

    private String subject(IssueNotice notice, String documentNumber, LocalDate issuedOn) {
        StringBuilder subject = new StringBuilder("【").append(notice.kind().label()).append("】");
        if (notice.kind() == NoticeKind.DIGEST) {
            subject.append(county).append("教育督导逾期及升级事项（").append(DATE.format(issuedOn)).append("）");
            return subject.toString();
        }
        if (documentNumber != null) {
            subject.append(documentNumber).append(' ');
        }
        if (hasText(notice.unitName())) {
            subject.append(notice.unitName());
        }
        if (hasText(notice.caseTitle())) {
            subject.append(hasText(notice.unitName()) ? "：" : "").append(notice.caseTitle());
        }
        if (notice.kind() == NoticeKind.DEADLINE_REMINDER && notice.deadline() != null) {
            subject.append("（整改期限 ").append(DATE.format(notice.deadline())).append("）");
        } else if (notice.meetingAt() != null) {
            subject.append("（").append(DATE_TIME.format(notice.meetingAt())).append("）");
        }
        return subject.length() <= 500 ? subject.toString() : subject.substring(0, 499) + "…";
    }

    private Context context(IssueNotice notice, String documentNumber, LocalDate issuedOn, String subject) {
        Context context = new Context();
        context.setVariable("subject", subject);
        context.setVariable("county", county);
        context.setVariable("issuer", properties.issuer());
        context.setVariable("kind", notice.kind().name());
        context.setVariable("template", notice.kind().templateName());
        context.setVariable("label", notice.kind().label());
        context.setVariable("title", notice.kind().formal() ? notice.kind().documentTitle() : notice.kind().label());
        context.setVariable("formal", notice.kind().formal());
        context.setVariable("documentNumber", documentNumber);
        context.setVariable("unitName", blankToNull(notice.unitName()));
        context.setVariable("caseTitle", blankToNull(notice.caseTitle()));
        context.setVariable("findings", notice.findings());
        context.setVariable("message", blankToNull(notice.message()));
        context.setVariable("deadline", notice.deadline() == null ? null : DATE.format(notice.deadline()));
        context.setVariable("daysLeft", notice.deadline() == null ? null
                : ChronoUnit.DAYS.between(issuedOn, notice.deadline()));
        context.setVariable("meetingAt", format(notice.meetingAt()));
        context.setVariable("meetingPlace", blankToNull(notice.meetingPlace()));
        context.setVariable("issuedOn", DATE.format(issuedOn));
        context.setVariable("link", link(notice));
        context.setVariable("linkLabel", hasText(notice.taskId()) ? "进入督导系统办理" : "登录督导系统查看");
        context.setVariable("participants", participants(notice.recipients()));
        context.setVariable("copyTo", copyTo(notice.recipients()));
        return context;
    }

    /** Who besides the unit takes part, by office: 县纪委监委、县委组织部 … */
    private static List<String> participants(List<Recipient> recipients) {
        Set<String> offices = new LinkedHashSet<>();
        for (Recipient recipient : recipients) {
            if (recipient.role() == RecipientRole.DISCIPLINE || recipient.role() == RecipientRole.ORGANIZATION
                    || recipient.role() == RecipientRole.PERFORMANCE_OFFICE) {
                offices.add(recipient.role().label());
            }
        }
        return List.copyOf(offices);
    }

    /** 抄送: every recipient office other than the unit itself. */
    private static List<String> copyTo(List<Recipient> recipients) {
        Set<String> offices = new LinkedHashSet<>();
        for (Recipient recipient : recipients) {
            if (recipient.role() != RecipientRole.UNIT_CONTACT && recipient.role() != RecipientRole.UNIT_LEADER
                    && recipient.role() != RecipientRole.OFFICE) {
                offices.add(recipient.role().label());
            }
        }
        return List.copyOf(offices);
    }

    private static String format(LocalDateTime at) {
        return at == null ? null : DATE_TIME.format(at);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return hasText(value) ? value.strip() : null;
    }

    private static SpringTemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(NoticeRenderer.class.getClassLoader());
        resolver.setPrefix("templates/notification/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setEnableSpringELCompiler(true);
        return engine;
    }
}

package org.dudao.notification;

import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Builds and sends one recipient's mail: multipart/alternative (plain text and HTML, UTF-8), the
 * formal document as a PDF attachment, and a Message-ID derived from the delivery's idempotency key.
 * Then it tells what a failure means: the server certainly did not take the message (try again),
 * refused it for good, or the answer is unknown (the message may have gone: never resend blindly).
 */
@Component
class NoticeMailer {

    /** What became of one hand-over to the SMTP server. */
    enum Result { SENT, NOT_SENT, REFUSED, UNKNOWN }

    record Outcome(Result result, String error) {

        static final Outcome SENT = new Outcome(Result.SENT, null);
    }

    /** One recipient's copy, read from the outbox when it was claimed. */
    record Mail(long noticeId, long deliveryId, String deliveryKey, String messageId, String toName, String toEmail,
                NoticeKind kind, String documentNumber, String subject, String text, String html, String documentHtml) {
    }

    private final ObjectProvider<JavaMailSender> senders;
    private final PdfRenderer pdf;
    /** The recipients of one notice get the same document: render it once (notices never change). */
    private final Map<Long, byte[]> documents = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
            return size() > 8;
        }
    });
    private final NotificationProperties properties;

    NoticeMailer(ObjectProvider<JavaMailSender> senders, PdfRenderer pdf, NotificationProperties properties) {
        this.senders = senders;
        this.pdf = pdf;
        this.properties = properties;
    }

    /** True when an SMTP server is configured ({@code spring.mail.host}); otherwise notices are recorded only. */
    boolean configured() {
        return senders.getIfAvailable() != null;
    }

    /** Sends one copy and reports what became of it; never throws for mail trouble. */
    Outcome send(Mail mail) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return new Outcome(Result.NOT_SENT, "no SMTP server configured");
        }
        MimeMessage message;
        try {
            message = compose(sender, mail);
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            // nothing was handed to the server yet
            return new Outcome(Result.NOT_SENT, "cannot compose the mail: " + describe(e));
        }
        try {
            sender.send(message);
            return Outcome.SENT;
        } catch (RuntimeException e) {
            return classify(e);
        }
    }

    MimeMessage compose(JavaMailSender sender, Mail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(new InternetAddress(mail.toEmail(), mail.toName(), StandardCharsets.UTF_8.name()));
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        if (mail.documentHtml() != null) {
            helper.addAttachment(attachmentName(mail.kind(), mail.documentNumber()),
                    new ByteArrayResource(document(mail)), "application/pdf");
        }
        // JavaMailSenderImpl keeps an explicit Message-ID: every copy of this delivery has the same one
        message.setHeader("Message-ID", mail.messageId());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Dudao-Notice", Long.toString(mail.noticeId()));
        message.setHeader("X-Dudao-Delivery", mail.deliveryKey());
        return message;
    }

    private byte[] document(Mail mail) {
        byte[] cached = documents.get(mail.noticeId());
        if (cached == null) {
            cached = pdf.render(mail.documentHtml());
            documents.put(mail.noticeId(), cached);
        }
        return cached;
    }

    static String attachmentName(NoticeKind kind, String documentNumber) {
        return kind.documentTitle() + (documentNumber == null ? "" : "（" + documentNumber + "）") + ".pdf";
    }

    /**
     * The server certainly did not accept the message when it could not be reached or logged into, or
     * when it answered with an error code; anything else (a connection lost while the message was being
     * transferred or its answer awaited) leaves it open whether the message was accepted.
     */
    static Outcome classify(Exception e) {
        String error = describe(e);
        if (e instanceof MailAuthenticationException) {
            return new Outcome(Result.NOT_SENT, error);
        }
        for (Throwable cause : causes(e)) {
            if (cause instanceof SMTPSendFailedException refused) {
                return new Outcome(permanent(refused.getReturnCode()) ? Result.REFUSED : Result.NOT_SENT, error);
            }
            if (cause instanceof SMTPAddressFailedException refused) {
                return new Outcome(permanent(refused.getReturnCode()) ? Result.REFUSED : Result.NOT_SENT, error);
            }
            if (cause instanceof MailConnectException || cause instanceof ConnectException
                    || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException
                    || cause instanceof AuthenticationFailedException) {
                return new Outcome(Result.NOT_SENT, error);
            }
        }
        return new Outcome(Result.UNKNOWN, error);
    }

    private static boolean permanent(int smtpCode) {
        return smtpCode >= 500 && smtpCode < 600;
    }

    /** Every cause, including JavaMail's chained "next" exceptions and the per-message failures Spring collects. */
    private static Iterable<Throwable> causes(Throwable top) {
        Set<Throwable> seen = new LinkedHashSet<>();
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(top);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof MessagingException messaging && messaging.getNextException() != null) {
                todo.add(messaging.getNextException());
            }
            if (t instanceof MailSendException send) {
                todo.addAll(send.getFailedMessages().values());
            }
        }
        return seen;
    }

    static String describe(Throwable e) {
        String text = (e.getClass().getSimpleName() + ": " + e.getMessage()).replaceAll("\\s+", " ");
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}

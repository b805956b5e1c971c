package org.dudao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/** What a failed hand-over to the SMTP server means for the copy: try again, give up, or ask a person. */
class NoticeMailerTest {

    @Test
    void anUnreachableServerDidNotTakeTheMessage() {
        var refused = new MailConnectException(new SocketConnectException("Couldn't connect", new ConnectException(
                "Connection refused"), "127.0.0.1", 25, 10000));
        var failure = new MailSendException("Mail server connection failed", refused,
                Map.<Object, Exception>of(new Object(), refused));

        assertThat(NoticeMailer.classify(failure).result()).isEqualTo(NoticeMailer.Result.NOT_SENT);
        assertThat(NoticeMailer.classify(new MailAuthenticationException("bad password")).result())
                .isEqualTo(NoticeMailer.Result.NOT_SENT);
    }

    @Test
    void aServerAnswerWithAnErrorCodeMeansNotTakenTemporaryOrForGood() {
        var busy = new SMTPSendFailedException("DATA", 451, "451 try again later", null, null, null, null);
        var rejected = new SMTPSendFailedException("DATA", 554, "554 rejected", null, null, null, null);
        var noSuchUser = new SMTPAddressFailedException(null, "RCPT", 550, "550 no such user");

        assertThat(NoticeMailer.classify(sendFailure(busy)).result()).isEqualTo(NoticeMailer.Result.NOT_SENT);
        assertThat(NoticeMailer.classify(sendFailure(rejected)).result()).isEqualTo(NoticeMailer.Result.REFUSED);
        assertThat(NoticeMailer.classify(sendFailure(new MessagingException("send failed", noSuchUser))).result())
                .isEqualTo(NoticeMailer.Result.REFUSED);
    }

    @Test
    void aConnectionLostWhileTheAnswerWasAwaitedLeavesItOpen() {
        var lost = new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"));

        NoticeMailer.Outcome outcome = NoticeMailer.classify(sendFailure(lost));

        assertThat(outcome.result()).isEqualTo(NoticeMailer.Result.UNKNOWN);
        assertThat(outcome.error()).contains("Read timed out").doesNotContain("\n");
    }

    private static MailSendException sendFailure(Exception cause) {
        return new MailSendException(Map.<Object, Exception>of(new Object() {
            @Override
            public String toString() {
                return MimeMessage.class.getSimpleName();
            }
        }, cause));
    }
}

package org.dudao.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.dudao.DudaoIntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shape of the tests that send mail: the whole app, its SMTP server a GreenMail on a free port
 * picked once per JVM (fixed, so a test can stop and start the server and the app finds it again).
 * Every subclass shares one Spring context; the dispatcher is driven by the tests.
 */
@DudaoIntegrationTest
abstract class MailIntegrationTest {

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired NoticeService notices;
    @Autowired NoticeDispatcher dispatcher;
    @Autowired JdbcTemplate jdbc;

    /** Addresses unique to one test, so counts per recipient hold whatever else the shared database holds. */
    final String run = UUID.randomUUID().toString().substring(0, 8);

    String address(String who) {
        return who + "-" + run + "@dudao.test";
    }

    /** What the SMTP server received for one address. */
    static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
                return to != null && Arrays.stream(to)
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Time passes: the notice's copies waiting for a retry become due now. */
    void retriesAreDue(long noticeId) {
        jdbc.update("UPDATE notice_delivery SET next_attempt_at = ? WHERE notice_id = ? AND status = 'RETRYING'",
                LocalDateTime.now().minusSeconds(1), noticeId);
    }

    DeliveryStatus statusOf(long noticeId, String address) {
        return notices.get(noticeId).notice().deliveries().stream()
                .filter(d -> d.email().equals(address)).findFirst().orElseThrow().status();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

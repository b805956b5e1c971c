package org.dudao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.dudao.AppProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's first command with a mail server set: the seeded overdue demo case (三溪镇中心小学,
 * its plan three days late) mails its urging notice (督办通知) within a minute of start-up, and a
 * restart on the same database sends nothing a second time. The app runs as its own JVM, so the
 * restart is a real one.
 */
class DemoMailIT {

    private static final String OVERDUE_SCHOOL_LIAISON = "sanxi@dudao.local";

    GreenMail smtp;
    int smtpPort;

    @BeforeEach
    void smtpServer() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void theOverdueDemoCaseMailsItsUrgingNoticeWithinAMinuteAndARestartSendsNothingTwice() throws Exception {
        Path workDir = Path.of("target", "demo-mail-" + UUID.randomUUID()).toAbsolutePath();
        List<String> arguments = List.of(
                "--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("dudao") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort);

        Map<String, Integer> firstRun;
        try (AppProcess app = AppProcess.start(AppProcess.fromClasses(), workDir, arguments)) {
            Instant healthy = Instant.now();
            MimeMessage urging = awaitMail(OVERDUE_SCHOOL_LIAISON, "督办通知", healthy.plus(Duration.ofMinutes(1)), app);
            assertThat(urging.getSubject()).contains("三溪镇中心小学");
            // every notice the start-up issued has gone out before the app stops
            awaitQuiet(Duration.ofSeconds(15));
            firstRun = copiesPerDelivery();
        }
        assertThat(firstRun).allSatisfy((delivery, copies) -> assertThat(copies).as(delivery).isEqualTo(1));

        try (AppProcess again = AppProcess.start(AppProcess.fromClasses(), workDir, arguments)) {
            // several dispatcher rounds (every 5 s) and the job executor's first acquisitions
            Thread.sleep(Duration.ofSeconds(20).toMillis());
            assertThat(again.http().get("/actuator/health").statusCode()).isEqualTo(200);
        }
        assertThat(copiesPerDelivery()).isEqualTo(firstRun);
    }

    private MimeMessage awaitMail(String to, String subjectPart, Instant deadline, AppProcess app) throws Exception {
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (recipients(message).stream().anyMatch(address -> address.contains(to)) && message.getSubject().contains(subjectPart)) {
                    return message;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no " + subjectPart + " to " + to + " within a minute; received "
                + smtp.getReceivedMessages().length + " mails; log:\n" + app.log());
    }

    /** Waits until no new mail has arrived for a while. */
    private void awaitQuiet(Duration quiet) throws InterruptedException {
        int seen = -1;
        while (seen != smtp.getReceivedMessages().length) {
            seen = smtp.getReceivedMessages().length;
            Thread.sleep(quiet.toMillis());
        }
    }

    /** Copies received per delivery (notice × recipient, the header Dudao puts on every copy). */
    private Map<String, Integer> copiesPerDelivery() throws MessagingException {
        Map<String, Integer> copies = new TreeMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String delivery = message.getHeader("X-Dudao-Delivery", null);
            assertThat(delivery).as("delivery header of " + message.getSubject()).isNotBlank();
            copies.merge(delivery, 1, Integer::sum);
        }
        assertThat(copies).isNotEmpty();
        return copies;
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        List<String> addresses = new ArrayList<>();
        Address[] to = message.getAllRecipients();
        if (to != null) {
            Arrays.stream(to).map(Address::toString).forEach(addresses::add);
        }
        return addresses;
    }
}

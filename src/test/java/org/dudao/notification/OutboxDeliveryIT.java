package org.dudao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.validation.ConstraintViolationException;
import org.dudao.Http;
import org.dudao.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox's promises: written with the caller, sent once, retried with backoff, safe with several nodes. */
class OutboxDeliveryIT extends MailIntegrationTest {

    @Autowired PlatformTransactionManager transactionManager;
    @Autowired NoticeDeliveries deliveries;
    @Autowired NoticeEvents events;
    @Autowired NoticeMailer mailer;
    @Autowired NotificationProperties properties;
    @Autowired DocumentNumbers documentNumbers;
    @LocalServerPort int port;

    IssueNotice urging(String key, String... recipients) {
        IssueNotice.Builder builder = IssueNotice.builder(NoticeKind.URGING_NOTICE, key + "-" + run)
                .forCase(77L, "2026年秋季飞龙镇人民政府履行教育职责督导")
                .unit(3L, "飞龙镇人民政府")
                .deadline(LocalDate.now().plusDays(10))
                .finding("义务教育控辍保学台账不完整");
        for (String recipient : recipients) {
            builder.recipient(RecipientRole.UNIT_CONTACT, recipient, address(recipient));
        }
        return builder.build();
    }

    NoticeDispatcher otherNode(String name) {
        return new NoticeDispatcher(deliveries, events, mailer, properties, transactionManager, name);
    }

    @Test
    void issuingTheSameKeyTwiceKeepsOneNoticeAndSendsOnce() {
        IssueNotice command = urging("urging:finding-42:round-1", "a");
        long first = notices.issue(command);
        long second = notices.issue(command);

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE idempotency_key = ?", Integer.class,
                command.idempotencyKey())).isEqualTo(1);
        dispatcher.dispatchOnce();
        notices.issue(command);
        dispatcher.dispatchOnce();
        assertThat(messagesTo(address("a"))).hasSize(1);
    }

    @Test
    void aKeyUsedForAnotherKindIsAConflict() {
        notices.issue(urging("urging:finding-43:round-1", "a"));
        IssueNotice other = IssueNotice.builder(NoticeKind.CIRCULAR, "urging:finding-43:round-1-" + run)
                .unit(3L, "飞龙镇人民政府").recipient(RecipientRole.UNIT_CONTACT, "a", address("a")).build();

        assertThatThrownBy(() -> notices.issue(other)).isInstanceOf(DomainException.class)
                .hasMessageContaining("taken by a notice of kind URGING_NOTICE");
    }

    @Test
    void anIncompleteCommandIsRefused() {
        assertThatThrownBy(() -> notices.issue(IssueNotice.builder(NoticeKind.URGING_NOTICE, "bad key with spaces")
                .unit(3L, "飞龙镇人民政府").build()))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("idempotencyKey").hasMessageContaining("recipients");
    }

    @Test
    void theNoticeIsWrittenInTheCallersTransactionAndVanishesWithItsRollback() {
        TransactionTemplate caller = new TransactionTemplate(transactionManager);
        IssueNotice command = urging("urging:finding-44:round-1", "a");

        caller.executeWithoutResult(status -> {
            notices.issue(command);
            // the process step fails after issuing
            status.setRollbackOnly();
        });

        assertThat(notices.findByIdempotencyKey(command.idempotencyKey())).isEmpty();
        dispatcher.dispatchOnce();
        assertThat(messagesTo(address("a"))).isEmpty();

        Long id = caller.execute(status -> notices.issue(command));
        assertThat(notices.findByIdempotencyKey(command.idempotencyKey())).hasValueSatisfying(n ->
                assertThat(n.id()).isEqualTo(id));
    }

    @Test
    void documentNumbersCountUpPerYearWithoutGaps() {
        TransactionTemplate caller = new TransactionTemplate(transactionManager);
        String first = notices.get(notices.issue(urging("urging:finding-45:round-1", "a"))).notice().documentNumber();
        caller.executeWithoutResult(status -> {
            notices.issue(urging("urging:finding-45:round-2", "a"));
            status.setRollbackOnly();
        });
        String second = notices.get(notices.issue(urging("urging:finding-45:round-3", "a"))).notice().documentNumber();

        int year = LocalDate.now().getYear();
        assertThat(first).startsWith("武督办〔" + year + "〕").endsWith("号");
        assertThat(number(second)).isEqualTo(number(first) + 1);
    }

    @Test
    void thisYearsAndNextYearsNumbersAreOpenedAtStartUpAndReopeningKeepsTheCount() {
        String prefix = properties.documentNumberPrefix();
        int year = LocalDate.now().getYear();
        String lastNumber = "SELECT last_number FROM notice_number_sequence WHERE number_prefix = ? AND number_year = ?";
        // opened by the start-up, before any notice of next year exists
        assertThat(jdbc.queryForObject(lastNumber, Integer.class, prefix, year + 1)).isZero();
        assertThat(jdbc.queryForObject(lastNumber, Integer.class, prefix, year)).isNotNull();

        notices.issue(urging("urging:finding-49:round-1", "a"));
        int counted = jdbc.queryForObject(lastNumber, Integer.class, prefix, year);
        jdbc.update("DELETE FROM notice_number_sequence WHERE number_prefix = ? AND number_year = ?", prefix, year + 1);
        documentNumbers.openYears();
        documentNumbers.openYears();

        assertThat(jdbc.queryForObject(lastNumber, Integer.class, prefix, year)).isEqualTo(counted).isPositive();
        assertThat(jdbc.queryForObject(lastNumber, Integer.class, prefix, year + 1)).isZero();
    }

    @Test
    void whileTheServerIsDownNoticesWaitWithGrowingBackoffAndThenEachArrivesOnce() {
        smtp.stop();
        try {
            long id = notices.issue(urging("urging:finding-46:round-1", "a", "b"));

            dispatcher.dispatchOnce();
            assertThat(statusOf(id, address("a"))).isEqualTo(DeliveryStatus.RETRYING);
            assertThat(statusOf(id, address("b"))).isEqualTo(DeliveryStatus.RETRYING);
            assertThat(backoffs(id)).containsOnly(Duration.ofMinutes(1));

            // not due yet: nothing happens
            dispatcher.dispatchOnce();
            assertThat(attempts(id)).containsOnly(1);

            retriesAreDue(id);
            dispatcher.dispatchOnce();
            assertThat(attempts(id)).containsOnly(2);
            assertThat(backoffs(id)).containsOnly(Duration.ofMinutes(2));
            assertThat(notices.get(id).notice().deliveries()).allSatisfy(d ->
                    assertThat(d.lastError()).contains("ConnectException"));
        } finally {
            smtp.start();
        }
        long id = notices.findByIdempotencyKey("urging:finding-46:round-1-" + run).orElseThrow().id();
        retriesAreDue(id);
        dispatcher.dispatchOnce();
        dispatcher.dispatchOnce();
        retriesAreDue(id);
        dispatcher.dispatchOnce();

        assertThat(messagesTo(address("a"))).hasSize(1);
        assertThat(messagesTo(address("b"))).hasSize(1);
        assertThat(notices.get(id).notice().status()).isEqualTo(NoticeStatus.SENT);
        assertThat(notices.get(id).history()).extracting(NoticeDetails.HistoryEntry::event)
                .containsSubsequence("ISSUED", "SENDING", "RETRYING", "SENDING", "RETRYING", "SENDING", "SENT");
    }

    @Test
    void afterTheLastAttemptACopyIsFailedListedAndStaffCanRetryIt() {
        long id;
        smtp.stop();
        try {
            id = notices.issue(urging("urging:finding-47:round-1", "a"));
            for (int attempt = 1; attempt <= properties.retry().maxAttempts(); attempt++) {
                retriesAreDue(id);
                dispatcher.dispatchOnce();
            }
            assertThat(statusOf(id, address("a"))).isEqualTo(DeliveryStatus.FAILED);
            retriesAreDue(id);
            dispatcher.dispatchOnce();
            assertThat(attempts(id)).containsOnly(properties.retry().maxAttempts());
        } finally {
            smtp.start();
        }
        Http http = new Http(port);
        var failed = http.getAs("demo", "/api/notices?status=FAILED");
        assertThat(failed.statusCode()).isEqualTo(200);
        assertThat(failed.body()).contains("{\"id\":" + id + ",\"kind\"", "\"status\":\"FAILED\"", "发送失败");
        var outbox = http.get("/api/outbox?status=FAILED", "Authorization", Http.basic("demo", "demo"));
        assertThat(outbox.body()).contains("notice-" + id, "发送失败", "重新发送");

        var retry = http.postJson("demo", "/api/notices/" + id + "/retry", "");
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertThat(retry.body()).contains("\"requeued\":1");
        dispatcher.dispatchOnce();

        assertThat(messagesTo(address("a"))).hasSize(1);
        assertThat(statusOf(id, address("a"))).isEqualTo(DeliveryStatus.SENT);
        assertThat(notices.get(id).history()).filteredOn(h -> h.event().equals("RETRY_REQUESTED"))
                .extracting(NoticeDetails.HistoryEntry::actor).containsExactly("demo");
        var again = http.postJson("demo", "/api/notices/" + id + "/retry", "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("detailZh", "detailEn");
    }

    @Test
    void aDispatcherThatDiesAfterTheServerAcceptedDoesNotSendAgain() {
        long id = notices.issue(urging("urging:finding-48:round-1", "a"));
        long deliveryId = notices.get(id).notice().deliveries().get(0).id();

        // node A claims and sends, then dies before it can record SENT
        NoticeDispatcher.Claim claim = dispatcher.claim(deliveryId).orElseThrow();
        assertThat(dispatcher.transmit(claim).result()).isEqualTo(NoticeMailer.Result.SENT);

        // node B, while A's lease runs: the copy is not due
        NoticeDispatcher nodeB = otherNode("node-B");
        nodeB.dispatchOnce();
        assertThat(statusOf(id, address("a"))).isEqualTo(DeliveryStatus.SENDING);
        // A's lease runs out: B marks it UNCERTAIN, and sends nothing
        jdbc.update("UPDATE notice_delivery SET claim_until = ? WHERE id = ?", LocalDateTime.now().minusSeconds(1),
                deliveryId);
        nodeB.dispatchOnce();
        nodeB.dispatchOnce();
        dispatcher.dispatchOnce();

        assertThat(messagesTo(address("a"))).hasSize(1);
        assertThat(statusOf(id, address("a"))).isEqualTo(DeliveryStatus.UNCERTAIN);
        assertThat(notices.search(null, null, DeliveryStatus.UNCERTAIN, 1000)).extracting(NoticeSummary::id).contains(id);

        // staff ask the recipient, who has it
        var resolved = new Http(port).postJson("demo", "/api/notices/" + id + "/deliveries/" + deliveryId + "/resolve",
                "{\"outcome\":\"ARRIVED\"}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        assertThat(statusOf(id, address("a"))).isEqualTo(DeliveryStatus.SENT);
        dispatcher.dispatchOnce();
        assertThat(messagesTo(address("a"))).hasSize(1);
    }

    @Test
    void aSentCopyIsRecordedSentWhenTheDatabaseComesBackWithinTheLease() {
        long id = notices.issue(urging("urging:finding-50:round-1", "a"));
        long deliveryId = notices.get(id).notice().deliveries().get(0).id();
        TransactionsThatFail transactions = new TransactionsThatFail(transactionManager);
        NoticeDispatcher node = new NoticeDispatcher(deliveries, events, mailer, properties, transactions, "node-C");
        NoticeDispatcher.Claim claim = node.claim(deliveryId).orElseThrow();
        NoticeMailer.Outcome sent = node.transmit(claim);

        // the database restarts right after the server accepted the message: two attempts to record fail
        transactions.failNext(2);
        node.settleDespiteOutage(claim, sent);

        assertThat(transactions.refused).isEqualTo(2);
        assertThat(statusOf(id, address("a"))).isEqualTo(DeliveryStatus.SENT);
        node.dispatchOnce();
        assertThat(messagesTo(address("a"))).hasSize(1);
    }

    /** The real transaction manager, except that the next n transactions cannot start (the database is away). */
    static final class TransactionsThatFail implements PlatformTransactionManager {
        private final PlatformTransactionManager real;
        private int toFail;
        int refused;

        TransactionsThatFail(PlatformTransactionManager real) {
            this.real = real;
        }

        void failNext(int transactions) {
            toFail = transactions;
        }

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            if (toFail > 0) {
                toFail--;
                refused++;
                throw new CannotCreateTransactionException("Communications link failure (the test's database restart)");
            }
            return real.getTransaction(definition);
        }

        @Override
        public void commit(TransactionStatus status) {
            real.commit(status);
        }

        @Override
        public void rollback(TransactionStatus status) {
            real.rollback(status);
        }
    }

    @Test
    void aCopyAbandonedBeforeSendingIsResentOnlyWhenStaffSaySoAndKeepsItsMessageId() throws Exception {
        long id = notices.issue(urging("urging:finding-49:round-1", "a"));
        long deliveryId = notices.get(id).notice().deliveries().get(0).id();
        dispatcher.claim(deliveryId).orElseThrow();
        jdbc.update("UPDATE notice_delivery SET claim_until = ? WHERE id = ?", LocalDateTime.now().minusSeconds(1),
                deliveryId);
        dispatcher.dispatchOnce();
        assertThat(statusOf(id, address("a"))).isEqualTo(DeliveryStatus.UNCERTAIN);
        assertThat(messagesTo(address("a"))).isEmpty();

        notices.resolveUncertain(id, deliveryId, false, "office-staff");
        dispatcher.dispatchOnce();

        assertThat(messagesTo(address("a"))).hasSize(1);
        String deliveryKey = "urging:finding-49:round-1-" + run + ":" + address("a");
        assertThat(messagesTo(address("a")).get(0).getMessageID())
                .isEqualTo(NoticeDelivery.messageIdOf(deliveryKey, "dudao.local"));
        assertThatThrownBy(() -> notices.resolveUncertain(id, deliveryId, true, "office-staff"))
                .isInstanceOf(DomainException.class).hasMessageContaining("not UNCERTAIN");
    }

    @Test
    void aLateNodeThatFindsItsCopyMarkedUncertainStillRecordsItSent() {
        long id = notices.issue(urging("urging:finding-50:round-1", "a"));
        long deliveryId = notices.get(id).notice().deliveries().get(0).id();
        NoticeDispatcher.Claim claim = dispatcher.claim(deliveryId).orElseThrow();
        NoticeMailer.Outcome outcome = dispatcher.transmit(claim);
        jdbc.update("UPDATE notice_delivery SET claim_until = ? WHERE id = ?", LocalDateTime.now().minusSeconds(1),
                deliveryId);
        otherNode("node-B").dispatchOnce();
        assertThat(statusOf(id, address("a"))).isEqualTo(DeliveryStatus.UNCERTAIN);

        dispatcher.settle(claim, outcome);

        assertThat(statusOf(id, address("a"))).isEqualTo(DeliveryStatus.SENT);
        assertThat(messagesTo(address("a"))).hasSize(1);
    }

    @Test
    void twoNodesDispatchingTheSameRowsAtOnceSendEachCopyOnce() throws Exception {
        String[] recipients = new String[30];
        for (int i = 0; i < recipients.length; i++) {
            recipients[i] = "r" + i;
        }
        List<Long> ids = List.of(
                notices.issue(urging("urging:finding-51:round-1", recipients)),
                notices.issue(urging("urging:finding-52:round-1", recipients)));
        NoticeDispatcher nodeA = otherNode("node-A");
        NoticeDispatcher nodeB = otherNode("node-B");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> handled = new ArrayList<>();
            for (NoticeDispatcher node : List.of(nodeA, nodeB)) {
                handled.add(threads.submit((Callable<Integer>) () -> {
                    start.await(10, TimeUnit.SECONDS);
                    int total = 0;
                    for (int round = 0; round < 3; round++) {
                        total += node.dispatchOnce();
                    }
                    return total;
                }));
            }
            int total = handled.get(0).get(2, TimeUnit.MINUTES) + handled.get(1).get(2, TimeUnit.MINUTES);
            assertThat(total).isGreaterThanOrEqualTo(60);
        } finally {
            threads.shutdownNow();
        }

        for (String recipient : recipients) {
            // two notices, one copy each
            assertThat(messagesTo(address(recipient))).as(recipient).hasSize(2);
        }
        for (long id : ids) {
            assertThat(notices.get(id).notice().deliveries()).hasSize(30)
                    .allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.SENT))
                    .allSatisfy(d -> assertThat(d.attempts()).isEqualTo(1));
            assertThat(notices.get(id).history()).filteredOn(h -> h.event().equals("SENDING")).hasSize(30);
        }
    }

    private List<Integer> attempts(long id) {
        return notices.get(id).notice().deliveries().stream().map(NoticeSummary.Delivery::attempts).toList();
    }

    /** How long each copy of the notice waits before its next attempt, counted from its last update. */
    private List<Duration> backoffs(long id) {
        return jdbc.query("SELECT updated_at, next_attempt_at FROM notice_delivery WHERE notice_id = ?",
                (row, n) -> Duration.between(row.getObject(1, LocalDateTime.class), row.getObject(2, LocalDateTime.class)),
                id);
    }

    private static int number(String documentNumber) {
        return Integer.parseInt(documentNumber.substring(documentNumber.indexOf('〕') + 1, documentNumber.length() - 1));
    }
}

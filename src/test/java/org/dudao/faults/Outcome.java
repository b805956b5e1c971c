package org.dudao.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.dudao.Api;

/**
 * Waits until a fault test's load has settled and checks, from the database and the SMTP server, that
 * nothing was lost or doubled: every seeded finding climbed exactly one rung with exactly one urging
 * notice, and every outbox copy reached its recipient exactly once. Copies a crash left UNCERTAIN are
 * settled the way staff settle them (docs/notifications.md): asked the recipient — here, the SMTP
 * server's mailbox — and marked ARRIVED or sent again.
 */
final class Outcome {

    private final FaultDatabase database;
    private final MailServer mail;
    private final EscalationLoad load;
    final Map<String, Object> figures = new LinkedHashMap<>();
    private int uncertainArrived;
    private int uncertainResent;

    Outcome(FaultDatabase database, MailServer mail, EscalationLoad load) {
        this.database = database;
        this.mail = mail;
        this.load = load;
    }

    /** Waits until every seeded finding has escalated, no job is due or retrying and the outbox holds nothing to send. */
    Duration awaitSettled(AppNode staffNode, Duration within) throws Exception {
        Instant start = Instant.now();
        Instant deadline = start.plus(within);
        while (Instant.now().isBefore(deadline)) {
            settleUncertainCopies(staffNode);
            if (escalated() >= load.findings() && unfinishedDeliveries() == 0 && dueJobs() == 0
                    && database.count("select count(*) from notice_delivery where status = 'UNCERTAIN'") == 0) {
                return Duration.between(start, Instant.now());
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("not settled within " + within + ": escalated " + escalated() + " of " + load.findings()
                + ", deliveries by status " + database.counts("select status, count(*) from notice_delivery group by status")
                + ", due jobs " + dueJobs());
    }

    long escalated() {
        return database.count("select count(*) from rectification where urging_count >= 1 and case_id in (" + load.caseIdList() + ")");
    }

    long urgingNoticesIssued() {
        return database.count("select count(*) from notice where kind = 'URGING_NOTICE' and case_id in (" + load.caseIdList() + ")");
    }

    long unfinishedDeliveries() {
        return database.count("select count(*) from notice_delivery where status in ('PENDING', 'RETRYING', 'SENDING')");
    }

    /**
     * Jobs that will still run soon: due now, or a failed attempt's retry (notifying steps retry after 5
     * minutes, R5/PT5M). Timers of the new deadlines, days away, do not count, nor does the engine's history
     * cleanup job: inside its window (01:00–05:00) it is due again every few minutes and never "settles".
     */
    long dueJobs() {
        return database.count("select count(*) from ACT_RU_JOB where SUSPENSION_STATE_ = 1 and RETRIES_ > 0"
                + " and PROCESS_INSTANCE_ID_ is not null and (DUEDATE_ is null or DUEDATE_ <= now() + interval 6 minute)");
    }

    /** Staff's answer to an UNCERTAIN copy: it arrived (the mailbox has it) or send it again. */
    private void settleUncertainCopies(AppNode staffNode) {
        Map<String, Long> uncertain = database.counts("select concat(notice_id, '/', id), 0 from notice_delivery where status = 'UNCERTAIN'");
        if (uncertain.isEmpty()) {
            return;
        }
        Map<String, Integer> arrived = mail.copiesPerDelivery();
        for (String ids : uncertain.keySet()) {
            String[] noticeAndDelivery = ids.split("/");
            String key = database.counts("select idempotency_key, 0 from notice_delivery where id = " + noticeAndDelivery[1])
                    .keySet().iterator().next();
            boolean there = arrived.containsKey(key);
            var answer = staffNode.http.postJson("office1", "/api/notices/" + noticeAndDelivery[0] + "/deliveries/"
                    + noticeAndDelivery[1] + "/resolve", Api.json(Map.of("outcome", there ? "ARRIVED" : "RESEND")));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            if (there) {
                uncertainArrived++;
            } else {
                uncertainResent++;
            }
        }
    }

    /** The checks every fault test ends with; the figures go to the results table. */
    void assertNothingLostOrDoubled() {
        long findings = load.findings();
        String cases = load.caseIdList();
        long rungs = database.count("select coalesce(sum(urging_count), 0) from rectification where case_id in (" + cases + ")");
        long wrongRungs = database.count("select count(*) from rectification where urging_count <> 1 and case_id in (" + cases + ")");
        long ladderRecords = database.count("select count(*) from urging_notice where case_id in (" + cases + ")");
        long doubledLadderRecords = database.count("select count(*) from (select rectification_id from urging_notice where case_id in ("
                + cases + ") group by rectification_id having count(*) > 1) d");
        long urgingNotices = urgingNoticesIssued();
        long waitingForPlan = database.count("select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_"
                + " where t.TASK_DEF_KEY_ = 'Task_SubmitRectificationPlan' and p.BUSINESS_KEY_ in (" + load.quotedCaseIds() + ")");
        long incidents = database.count("select count(*) from ACT_RU_INCIDENT");

        Map<String, Long> deliveryStatus = database.counts("select status, count(*) from notice_delivery group by status");
        Set<String> deliveryKeys = new HashSet<>(database.counts("select idempotency_key, 0 from notice_delivery").keySet());
        Map<String, Integer> copies = mail.copiesPerDelivery();
        long doubled = copies.values().stream().filter(n -> n > 1).count();
        long lost = deliveryKeys.stream().filter(key -> !copies.containsKey(key)).count();
        long strangers = copies.keySet().stream().filter(key -> !deliveryKeys.contains(key)).count();

        figures.put("findings", findings);
        figures.put("rungs", rungs);
        figures.put("urging notices", urgingNotices);
        figures.put("outbox copies", (long) deliveryKeys.size());
        figures.put("mails received", (long) mail.received());
        figures.put("doubled", doubled);
        figures.put("lost", lost);
        figures.put("uncertain → arrived/resent", uncertainArrived + "/" + uncertainResent);

        assertThat(wrongRungs).as("findings whose ladder count is not exactly one").isZero();
        assertThat(rungs).isEqualTo(findings);
        assertThat(ladderRecords).as("urging-notice ladder records").isEqualTo(findings);
        assertThat(doubledLadderRecords).isZero();
        assertThat(urgingNotices).as("urging notices issued").isEqualTo(findings);
        assertThat(waitingForPlan).as("rectifications back at the plan task with a new deadline").isEqualTo(findings);
        assertThat(incidents).as("incidents").isZero();
        assertThat(deliveryStatus.keySet()).as("outbox copies by status " + deliveryStatus).containsOnly("SENT");
        assertThat(doubled).as("copies the SMTP server received twice").isZero();
        assertThat(lost).as("outbox copies the SMTP server never received").isZero();
        assertThat(strangers).as("mails for no outbox copy").isZero();
        assertThat(mail.received()).isEqualTo(deliveryKeys.size());
    }

    /** Appends one row to target/faults/results.md (docs/faults.md copies the table of a full run). */
    void report(String scenario, String form, Map<String, Object> timings) throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("scenario", scenario);
        row.put("form", form);
        row.putAll(timings);
        row.putAll(figures);
        StringBuilder line = new StringBuilder("|");
        row.forEach((name, value) -> line.append(' ').append(name).append(": ").append(value).append(" |"));
        Path results = Path.of("target", "faults", "results.md");
        Files.createDirectories(results.getParent());
        Files.writeString(results, Instant.now() + " " + line + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        System.out.println("FAULT RESULT " + line);
    }
}

package org.dudao.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fault scenarios of docs/faults.md, against two Dudao nodes in JVMs of their own sharing one fresh
 * MariaDB database, with a GreenMail SMTP server in this JVM. Each scenario opens its own cases through the
 * public paths ({@link EscalationLoad}), lets many rectification deadlines pass at once, breaks something in
 * the middle and checks afterwards that nothing was lost or doubled ({@link Outcome}). The order matters:
 * the nodes are shared, the third scenario kills one of them and the fourth restarts the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultScenariosFT {

    /** Jobs a killed node had locked wait out their lock; 30 s instead of the engine's 5 min keeps the test short. */
    private static final String SHORT_JOB_LOCKS = "--camunda.bpm.job-execution.lock-time-in-millis=30000";
    private static final Duration START = Duration.ofMinutes(4);

    private final FaultForm form = FaultForm.current();
    private FaultDatabase database;
    private MailServer mail;
    private AppNode first;
    private AppNode second;

    @BeforeAll
    void startTwoNodes() throws Exception {
        database = new FaultDatabase(form.name());
        mail = new MailServer();
        // one after the other: the first creates the schemas and seeds the county's registry and users
        first = AppNode.start("node-a", database, mail, true, SHORT_JOB_LOCKS).awaitHealthy(START);
        second = AppNode.start("node-b", database, mail, false, SHORT_JOB_LOCKS).awaitHealthy(START);
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        if (mail != null) {
            mail.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void noticesWaitWhileTheMailServerIsDownAndGoOutOnceWhenItIsBack() throws Exception {
        EscalationLoad load = new EscalationLoad(first, database, form);
        Outcome outcome = new Outcome(database, mail, load);
        mail.stop();
        Instant down = Instant.now();
        load.holdOverdueTimers();
        load.seed(form.findings(), EscalationLoad.countyToday().minusDays(3));
        load.releaseOverdueTimers();
        awaitAtLeast("urging notices issued while the mail server is down", load.findings(), outcome::urgingNoticesIssued);
        awaitAtLeast("copies retried after a refused connection", 1, () -> database.count(
                "select count(*) from notice_delivery where status = 'RETRYING' and attempts >= 2"));
        sleepUntil(down.plusSeconds(30));
        long waiting = database.count("select count(*) from notice_delivery where status in ('PENDING', 'RETRYING')");
        long sentWhileDown = database.count("select count(*) from notice_delivery where status = 'SENT' and sent_at > "
                + sqlTime(down));
        mail.start();
        Instant up = Instant.now();

        Duration settled = outcome.awaitSettled(first, Duration.ofMinutes(10));
        outcome.assertNothingLostOrDoubled();
        assertThat(sentWhileDown).isZero();
        long retries = database.count("select count(*) from notice_event where event = 'RETRYING' and occurred_at > " + sqlTime(down));
        assertThat(retries).as("failed attempts recorded for retry").isPositive();

        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("SMTP down for", seconds(Duration.between(down, up)));
        timings.put("copies waiting when it came back", waiting);
        timings.put("failed attempts (retried with backoff)", retries);
        timings.put("most attempts of one copy", database.count("select max(attempts) from notice_delivery"));
        timings.put("SMTP up → all sent", seconds(settled));
        outcome.report("SMTP server down, then up", form.name(), timings);
    }

    @Test
    @Order(2)
    void theClockMovedForwardFiresEachEscalationOnce() throws Exception {
        EscalationLoad load = new EscalationLoad(first, database, form);
        Outcome outcome = new Outcome(database, mail, load);
        // deadline today: the timers wait for the end of the county's day, hours away
        LocalDate today = EscalationLoad.countyToday();
        load.seed(form.findings(), today);
        assertThat(outcome.escalated()).as("escalated before the clock moved").isZero();

        Instant deadlinePassed = today.plusDays(1).atStartOfDay(EscalationLoad.COUNTY).toInstant();
        Duration jump = Duration.between(Instant.now(), deadlinePassed).plusHours(1).withNanos(0);
        Instant moved = Instant.now();
        first.moveClockForward(jump);
        second.moveClockForward(jump);
        // once the burst runs, move again past the job lock time: locks held by running jobs expire mid-job
        awaitAtLeast("escalations after the clock moved", Math.max(1, load.findings() / 4), outcome::escalated);
        long escalatedAtSecondMove = outcome.escalated();
        first.moveClockForward(Duration.ofMinutes(10));
        second.moveClockForward(Duration.ofMinutes(10));

        Duration settled = outcome.awaitSettled(first, Duration.ofMinutes(15));
        outcome.assertNothingLostOrDoubled();

        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("clock moved by", jump + ", then PT10M mid-burst");
        timings.put("escalated at the second move", escalatedAtSecondMove);
        timings.put("first move → all sent", seconds(Duration.between(moved, Instant.now())));
        timings.put("settling", seconds(settled));
        outcome.report("engine clock moved forward on both nodes", form.name(), timings);
    }

    @Test
    @Order(3)
    void aNodeKilledMidBurstLosesNothingAndDoublesNothing() throws Exception {
        AppNode survivor = first;
        AppNode victim = second;
        EscalationLoad load = new EscalationLoad(survivor, database, form);
        Outcome outcome = new Outcome(database, mail, load);
        load.holdOverdueTimers();
        load.seed(form.crashFindings(), EscalationLoad.countyToday().minusDays(3));

        Instant burst = Instant.now();
        load.releaseOverdueTimers();
        String victims = "claimed_by like '%/" + victim.pid() + "@%'";
        long sentBefore = database.count("select count(*) from notice_delivery where status = 'SENT' and " + victims);
        awaitAtLeast("urging notices issued", Math.max(1, load.findings() / 4), outcome::urgingNoticesIssued);
        awaitAtLeast("copies the second node sent in this burst", sentBefore + 1, () -> database.count(
                "select count(*) from notice_delivery where status = 'SENT' and " + victims));
        long issuedAtKill = outcome.urgingNoticesIssued();
        victim.kill();
        Instant killed = Instant.now();
        long sentByVictim = database.count("select count(*) from notice_delivery where status = 'SENT' and " + victims) - sentBefore;
        long midSend = database.count("select count(*) from notice_delivery where status = 'SENDING' and " + victims);
        long lockedJobs = database.count("select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null");

        Duration settled = outcome.awaitSettled(survivor, Duration.ofMinutes(30));
        outcome.assertNothingLostOrDoubled();

        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("urging notices issued at the kill", issuedAtKill + " of " + load.findings());
        timings.put("killed node: copies sent / mid-send", sentByVictim + " / " + midSend);
        timings.put("jobs locked at the kill (both nodes)", lockedJobs);
        timings.put("burst start → kill", seconds(Duration.between(burst, killed)));
        timings.put("kill → all sent", seconds(settled));
        outcome.report("kill -9 of one of two nodes mid-burst", form.name(), timings);
    }

    @Test
    @Order(4)
    void theAppRecoversByItselfWhenMariaDbRestartsUnderLoad() throws Exception {
        assumeTrue(form.restartsDatabase(), "MariaDB restart only in the full form or with -Ddudao.faults.restart-database=true");
        EscalationLoad load = new EscalationLoad(first, database, form);
        Outcome outcome = new Outcome(database, mail, load);
        load.holdOverdueTimers();
        load.seed(form.findings(), EscalationLoad.countyToday().minusDays(3));
        load.releaseOverdueTimers();
        awaitAtLeast("escalations before the restart", Math.max(1, load.findings() / 4), outcome::escalated);

        Instant stopped = Instant.now();
        run("mysqladmin", "-uroot", "shutdown");
        String healthWhileDown = first.health();
        sleepUntil(stopped.plusSeconds(10));
        run("start-stop-daemon", "--start", "--oknodo", "--background", "--exec", "/usr/sbin/mariadbd");
        Instant deadline = Instant.now().plusSeconds(60);
        while (!FaultDatabase.serverUp()) {
            assertThat(Instant.now()).as("MariaDB back within a minute").isBefore(deadline);
            Thread.sleep(200);
        }
        Instant databaseUp = Instant.now();
        timeline("MariaDB stopped " + stopped + ", answering again " + databaseUp + "; health while down: " + healthWhileDown);
        long escalatedAtRestart = outcome.escalated();
        long sentAtRestart = database.count("select count(*) from notice_delivery where status = 'SENT'");
        Instant healthy = null;
        Instant jobsRun = null;
        Instant mailsFlow = null;
        Map<String, Integer> probes = new TreeMap<>();
        while ((healthy == null || jobsRun == null || mailsFlow == null) && Instant.now().isBefore(databaseUp.plusSeconds(180))) {
            if (healthy == null) {
                Instant asked = Instant.now();
                String status = first.health();
                probes.merge(status, 1, Integer::sum);
                timeline("health " + status + " after " + seconds(Duration.between(asked, Instant.now())));
                if ("UP".equals(status)) {
                    healthy = Instant.now();
                }
            }
            if (jobsRun == null && (outcome.escalated() > escalatedAtRestart || outcome.escalated() >= load.findings())) {
                jobsRun = Instant.now();
            }
            if (mailsFlow == null && database.count("select count(*) from notice_delivery where status = 'SENT'") > sentAtRestart) {
                mailsFlow = Instant.now();
            }
            Thread.sleep(250);
        }
        timeline("health UP " + healthy + ", escalations run " + jobsRun + ", mails flow " + mailsFlow + "; probes " + probes);
        assertThat(healthy).as("health UP again; probes " + probes).isNotNull();
        Duration settled = outcome.awaitSettled(first, Duration.ofMinutes(15));
        outcome.assertNothingLostOrDoubled();
        assertThat(jobsRun).as("escalations run again").isNotNull();
        assertThat(mailsFlow).as("mails go out again").isNotNull();

        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("MariaDB down for", seconds(Duration.between(stopped, databaseUp)));
        timings.put("health while down", healthWhileDown);
        timings.put("DB up → health UP", seconds(Duration.between(databaseUp, healthy)));
        timings.put("DB up → escalations run", seconds(Duration.between(databaseUp, jobsRun)));
        timings.put("DB up → mails flow", seconds(Duration.between(databaseUp, mailsFlow)));
        timings.put("DB up → all sent", seconds(Duration.between(databaseUp, Instant.now())));
        timings.put("health probes until UP", probes);
        outcome.report("MariaDB restarted under load", form.name(), timings);
        assertThat(Duration.between(databaseUp, healthy)).isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(Duration.between(databaseUp, jobsRun)).isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(Duration.between(databaseUp, mailsFlow)).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    // ---- helpers ----

    private static void awaitAtLeast(String what, long expected, LongSupplier actual) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        long seen = actual.getAsLong();
        while (seen < expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + ": " + seen + " of " + expected + " after 10 minutes");
            }
            Thread.sleep(200);
            seen = actual.getAsLong();
        }
    }

    /** Also into a file: the build's own log may not survive a test JVM that loses its channel to Maven. */
    private static void timeline(String event) throws IOException {
        String line = Instant.now() + " " + event;
        System.out.println("FAULT TIMELINE " + line);
        Files.writeString(Path.of("target", "faults", "timeline.log"), line + System.lineSeparator(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + output);
        }
    }

    /** The app stores LocalDateTime in the JVM's zone (UTC here), to whole seconds on MySQL. */
    private static String sqlTime(Instant instant) {
        return "'" + LocalDateTime.ofInstant(instant, ZoneId.systemDefault()).withNano(0) + "'";
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}

package org.dudao.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Two nodes on one MariaDB; in the middle of an escalation burst one of them is killed with
 * {@code kill -9}. The survivor finishes the burst: no case lost, no notice sent twice, every notice
 * sent in the end.
 */
class NodeCrashFT {

    @Test
    void aNodeKilledMidBurstLosesNothingAndDoublesNothing() throws Exception {
        FaultForm form = FaultForm.current();
        try (FaultDatabase database = new FaultDatabase("crash"); MailServer mail = new MailServer();
             AppNode survivor = AppNode.start("crash-a", database, mail, true, SHORT_JOB_LOCKS).awaitHealthy(Duration.ofMinutes(3));
             AppNode victim = AppNode.start("crash-b", database, mail, false, SHORT_JOB_LOCKS).awaitHealthy(Duration.ofMinutes(3))) {
            EscalationLoad load = new EscalationLoad(survivor, database);
            Outcome outcome = new Outcome(database, mail, load);
            load.holdOverdueTimers();
            load.seed(form.findings(), EscalationLoad.countyToday().minusDays(3));

            Instant burst = Instant.now();
            load.releaseOverdueTimers();
            long killAt = Math.max(1, load.findings() / 4);
            awaitVictimAtWork(database, outcome, victim, killAt);
            long issuedAtKill = outcome.urgingNoticesIssued();
            long sentByVictim = database.count("select count(*) from notice_delivery where status = 'SENT' and claimed_by like '%/"
                    + victim.pid() + "@%'");
            long sendingByVictim = database.count("select count(*) from notice_delivery where status = 'SENDING'"
                    + " and claimed_by like '%/" + victim.pid() + "@%'");
            victim.kill();
            Instant killed = Instant.now();

            Duration settled = outcome.awaitSettled(survivor, Duration.ofMinutes(form.findings() > 200 ? 20 : 6));
            outcome.assertNothingLostOrDoubled();
            assertThat(sentByVictim + sendingByVictim).as("the killed node was sending when it died").isPositive();

            Map<String, Object> timings = new LinkedHashMap<>();
            timings.put("urging notices issued at the kill", issuedAtKill);
            timings.put("victim: sent / mid-send at the kill", sentByVictim + " / " + sendingByVictim);
            timings.put("burst start → kill", seconds(Duration.between(burst, killed)));
            timings.put("kill → all sent", seconds(settled));
            outcome.report("kill -9 of one of two nodes mid-burst", form.name(), timings);
        }
    }

    /** Kills only once the victim has taken part: it has sent copies and has more to do. */
    private static void awaitVictimAtWork(FaultDatabase database, Outcome outcome, AppNode victim, long issued)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            long victimsClaims = database.count("select count(*) from notice_delivery where claimed_by like '%/" + victim.pid() + "@%'");
            if (outcome.urgingNoticesIssued() >= issued && victimsClaims > 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the burst did not reach the second node within 5 minutes");
    }

    /** Jobs a killed node had locked wait out their lock; 30 s instead of the engine's 5 min keeps the test short. */
    static final String SHORT_JOB_LOCKS = "--camunda.bpm.job-execution.lock-time-in-millis=30000";

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}

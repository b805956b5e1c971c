package org.dudao.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dudao.AppProcess;
import org.dudao.Http;

/**
 * One Dudao node in a JVM of its own ({@link AppProcess}, from the compiled classes),
 * with the production profiles ({@code mysql,mariadb}) against a {@link FaultDatabase} and a
 * {@link MailServer}. Timings are shortened where a fault test would otherwise wait for minutes; each
 * shortening is listed in docs/faults.md.
 */
final class AppNode implements AutoCloseable {

    static final String CLOCK_PROFILE = "fault-clock";

    final String name;
    final int port;
    final Path log;
    final Http http;
    private final AppProcess process;

    private AppNode(String name, AppProcess process) {
        this.name = name;
        this.process = process;
        this.port = process.port();
        this.log = process.logFile();
        this.http = process.http();
    }

    /**
     * Starts a node. {@code seedsDemoData}: the first node of a database seeds Wusheng County's registry
     * and users (and its demo cases), so the load can use real units, liaisons and addresses.
     */
    static AppNode start(String name, FaultDatabase database, MailServer mail, boolean seedsDemoData, String... extra)
            throws IOException {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=mysql,mariadb," + CLOCK_PROFILE,
                "--dudao.demo.enabled=" + seedsDemoData,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.port,
                "--spring.mail.properties.mail.smtp.connectiontimeout=3000",
                "--spring.mail.properties.mail.smtp.timeout=10000",
                "--spring.mail.properties.mail.smtp.writetimeout=10000",
                "--dudao.notification.dispatch-interval=PT1S",
                // a SENDING copy of a killed node turns UNCERTAIN after this (production: 5 min); above the
                // SMTP timeouts and above the MariaDB outage of the restart scenario, as production's is
                "--dudao.notification.claim-lease=PT60S",
                "--dudao.notification.retry.initial-backoff=PT2S",
                "--dudao.notification.retry.max-backoff=PT10S",
                "--dudao.notification.retry.max-attempts=40"));
        arguments.addAll(List.of(extra));
        Map<String, String> environment = Map.of(
                "DUDAO_DB_URL", database.url(), "DUDAO_DB_USER", "root", "DUDAO_DB_PASSWORD", "",
                "DUDAO_ADMIN_USER", "demo", "DUDAO_ADMIN_PASSWORD", "demo");
        return new AppNode(name, AppProcess.launch(name, AppProcess.fromClasses(),
                Path.of("target", "faults").toAbsolutePath(), arguments, environment));
    }

    AppNode awaitHealthy(Duration within) throws Exception {
        process.awaitHealthy(within);
        return this;
    }

    /** The actuator's status (UP, DOWN, OUT_OF_SERVICE), or "UNREACHABLE" when nothing answers. */
    String health() {
        return process.health();
    }

    /** Moves this node's engine clock forward (test-only endpoint, see {@link EngineClockControl}). */
    String moveClockForward(Duration by) {
        var answer = http.postJson("demo", "/api/test-only/clock/forward?by=" + by, "{}");
        if (answer.statusCode() != 200) {
            throw new AssertionError(name + ": clock not moved: " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.alive();
    }

    /** {@code kill -9}: no shutdown hook, no graceful end of anything. */
    void kill() throws InterruptedException {
        process.kill();
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}

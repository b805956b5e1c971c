package org.dudao.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.dudao.Http;

/**
 * One Dudao node in a JVM of its own, started from the compiled classes like {@code RestartIT} does,
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
    private final Process process;

    private AppNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.http = new Http(port);
        this.process = process;
    }

    /**
     * Starts a node. {@code seedsDemoData}: the first node of a database seeds Wusheng County's registry
     * and users (and its demo cases), so the load can use real units, liaisons and addresses.
     */
    static AppNode start(String name, FaultDatabase database, MailServer mail, boolean seedsDemoData, String... extra)
            throws IOException {
        int port = freePort();
        Path workDir = Path.of("target", "faults").toAbsolutePath();
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "org.dudao.DudaoApplication",
                "--server.port=" + port,
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
        command.addAll(List.of(extra));
        Path log = workDir.resolve(name + "-" + port + ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DUDAO_DB_URL", database.url());
        builder.environment().put("DUDAO_DB_USER", "root");
        builder.environment().put("DUDAO_DB_PASSWORD", "");
        builder.environment().put("DUDAO_ADMIN_USER", "demo");
        builder.environment().put("DUDAO_ADMIN_PASSWORD", "demo");
        return new AppNode(name, port, log, builder.start());
    }

    AppNode awaitHealthy(Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited on start; see " + log);
            }
            if ("UP".equals(health())) {
                return this;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " not healthy within " + within + "; see " + log);
    }

    /** The actuator's status (UP, DOWN, OUT_OF_SERVICE), or "UNREACHABLE" when nothing answers. */
    String health() {
        try {
            String body = http.get("/actuator/health").body();
            int at = body.indexOf("\"status\":\"");
            return at < 0 ? "UNKNOWN" : body.substring(at + 10, body.indexOf('"', at + 10));
        } catch (RuntimeException notListening) {
            return "UNREACHABLE";
        }
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
        return process.isAlive();
    }

    /** {@code kill -9}: no shutdown hook, no graceful end of anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package org.dudao;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Dudao started as its own JVM, as a user starts it — for tests about restarts, where the app must
 * really stop and start again. Its output goes to a log file in the working directory, which a
 * failure shows.
 */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private AppProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** How to launch: from the compiled classes, as {@code mvn spring-boot:run} and the tests do. */
    public static List<String> fromClasses() {
        return List.of("-cp", System.getProperty("java.class.path"), "org.dudao.DudaoApplication");
    }

    /** How to launch: the executable jar that {@code mvn verify} packaged before the integration tests. */
    public static List<String> fromJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            Path jar = files.filter(f -> f.getFileName().toString().matches("dudao-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("run through `mvn verify`: no jar in target/"));
            return List.of("-jar", jar.toAbsolutePath().toString());
        }
    }

    /** Starts the app on a free port with these arguments and waits until it reports healthy. */
    public static AppProcess start(List<String> launch, Path workDir, List<String> arguments) throws Exception {
        AppProcess app = launch("app", launch, workDir, arguments, Map.of());
        try {
            app.awaitHealthy(Duration.ofMinutes(3));
        } catch (Exception | AssertionError e) {
            app.close();
            throw e;
        }
        return app;
    }

    /** Starts the app on a free port, with these arguments and environment, without waiting for it. */
    public static AppProcess launch(String name, List<String> launch, Path workDir, List<String> arguments,
                                    Map<String, String> environment) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(launch);
        command.add("--server.port=" + port);
        command.addAll(arguments);
        Files.createDirectories(workDir);
        Path log = workDir.resolve(name + "-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new AppProcess(builder.start(), log, port);
    }

    /** Waits until the app reports healthy; fails early, with its log, if it exits. */
    public AppProcess awaitHealthy(Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("app exited on start; log:\n" + log());
            }
            if ("UP".equals(health())) {
                return this;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("app not healthy within " + within + "; log:\n" + log());
    }

    /** The actuator's status (UP, DOWN, OUT_OF_SERVICE), or "UNREACHABLE" when nothing answers. */
    public String health() {
        try {
            String body = http().get("/actuator/health").body();
            int at = body.indexOf("\"status\":\"");
            return at < 0 ? "UNKNOWN" : body.substring(at + 10, body.indexOf('"', at + 10));
        } catch (RuntimeException notListening) {
            // the port opens late in the start-up, and not at all after a crash
            return "UNREACHABLE";
        }
    }

    public Http http() {
        return new Http(port);
    }

    public int port() {
        return port;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    public Path logFile() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** {@code kill -9}: no shutdown hook, no graceful end of anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the app as an operator does (SIGTERM, a graceful shutdown), forcibly after a minute. */
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

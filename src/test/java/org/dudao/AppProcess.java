package org.dudao;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(launch);
        command.add("--server.port=" + port);
        command.addAll(arguments);
        Files.createDirectories(workDir);
        Path log = workDir.resolve("app-" + port + ".log");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AppProcess app = new AppProcess(process, log, port);
        try {
            app.awaitHealthy();
        } catch (Exception | AssertionError e) {
            app.close();
            throw e;
        }
        return app;
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

    private void awaitHealthy() throws Exception {
        Http http = http();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("app exited on start; log:\n" + log());
            }
            try {
                if (http.get("/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYetListening) {
                // the port opens late in the start-up
            }
            Thread.sleep(500);
        }
        throw new AssertionError("app not healthy within 3 minutes; log:\n" + log());
    }

    /** Stops the app as an operator does (SIGTERM, a graceful shutdown), forcibly after a minute. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

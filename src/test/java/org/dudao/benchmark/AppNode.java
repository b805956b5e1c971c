package org.dudao.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Dudao node in its own JVM, started from the packaged jar the way README's production install runs it
 * (profile {@code mysql,mariadb} and {@code DUDAO_DB_*} on MariaDB), with the job executor and the notice
 * dispatcher running. Output goes to {@code target/benchmark/logs/}.
 */
final class AppNode implements AutoCloseable {

    static final String ADMIN = "bench-admin";
    static final String PASSWORD = "bench";

    final String name;
    final int port;
    private final Process process;
    private final Path log;

    private AppNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static AppNode start(String name, BenchDatabase db, String upwardUrl, int port) throws IOException {
        Path logs = Files.createDirectories(Path.of("target", "benchmark", "logs"));
        Path log = logs.resolve(db.name + "-" + name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("dudao.bench.appXmx", "512m"), "-XX:+UseG1GC"));
        if (Boolean.getBoolean("dudao.bench.jfr")) {
            command.add("-XX:StartFlightRecording=filename=" + logs.resolve(db.name + "-" + name + ".jfr").toAbsolutePath()
                    + ",settings=profile");
        }
        command.addAll(List.of("-jar", jar().toString(), "--server.port=" + port, "--dudao.demo.enabled=false",
                "--dudao.upward-report.url=" + upwardUrl, "--logging.level.root=WARN",
                "--logging.level.org.springframework.boot.web.embedded=INFO"));
        command.addAll(db.appArguments());
        // tuning experiments: extra Spring arguments for every node, e.g. job executor settings
        String extra = System.getProperty("dudao.bench.appArgs", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(db.appEnvironment());
        builder.environment().put("DUDAO_ADMIN_USER", ADMIN);
        builder.environment().put("DUDAO_ADMIN_PASSWORD", PASSWORD);
        return new AppNode(name, port, builder.start(), log);
    }

    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("dudao-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/dudao-*.jar: run through `mvn -Pbenchmark verify`"));
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until the node answers its health check. */
    AppNode awaitUp(Duration timeout) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " died at start; see " + log);
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not start within " + timeout + "; see " + log);
    }

    /** Heap in use after a full GC, in MB, read with jcmd. */
    long heapAfterGcMb() throws Exception {
        jcmd("GC.run");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd("GC.heap_info"));
        return used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
    }

    long pid() {
        return process.pid();
    }

    private String jcmd(String command) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(process.pid()), command).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}

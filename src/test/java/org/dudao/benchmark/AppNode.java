package org.dudao.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dudao.AppProcess;

/**
 * One Dudao node of the benchmark: an {@link AppProcess} started from the packaged jar the way README's production
 * install runs it (profile {@code mysql,mariadb} and {@code DUDAO_DB_*} on MariaDB), with the job executor and the
 * notice dispatcher running. Output goes to {@code target/benchmark/logs/}.
 */
final class AppNode implements AutoCloseable {

    static final String ADMIN = "bench-admin";
    static final String PASSWORD = "bench";
    private static final Path LOGS = Path.of("target", "benchmark", "logs").toAbsolutePath();

    final String name;
    private final AppProcess process;

    private AppNode(String name, AppProcess process) {
        this.name = name;
        this.process = process;
    }

    /** Spring arguments given as one system property, separated by spaces (none if it is unset or blank). */
    static String[] springArguments(String property) {
        String value = System.getProperty(property, "").trim();
        return value.isEmpty() ? new String[0] : value.split("\\s+");
    }

    /** Starts a node without waiting for it; {@code springArgs} are added to the benchmark's own. */
    static AppNode start(String name, BenchDatabase db, String upwardUrl, String... springArgs) throws Exception {
        // JVM options first: a later -Xmx overrides the launcher's default
        List<String> launch = new ArrayList<>(List.of("-Xmx" + System.getProperty("dudao.bench.appXmx", "512m"),
                "-XX:+UseG1GC"));
        if (Boolean.getBoolean("dudao.bench.jfr")) {
            launch.add("-XX:StartFlightRecording=filename=" + LOGS.resolve(db.name + "-" + name + "-" + System.currentTimeMillis() + ".jfr") + ",settings=profile");
        }
        launch.addAll(AppProcess.fromJar());
        List<String> arguments = new ArrayList<>(List.of("--dudao.demo.enabled=false", "--dudao.upward-report.url=" + upwardUrl,
                "--logging.level.root=WARN", "--logging.level.org.springframework.boot.web.embedded=INFO"));
        arguments.addAll(db.appArguments());
        arguments.addAll(List.of(springArgs));
        // tuning experiments: extra Spring arguments for every node, e.g. job executor settings
        arguments.addAll(List.of(springArguments("dudao.bench.appArgs")));
        Map<String, String> environment = new HashMap<>(db.appEnvironment());
        environment.put("DUDAO_ADMIN_USER", ADMIN);
        environment.put("DUDAO_ADMIN_PASSWORD", PASSWORD);
        return new AppNode(name, AppProcess.launch(db.name + "-" + name, launch, LOGS, arguments, environment));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + process.port();
    }

    /** Waits until the node reports healthy. */
    AppNode awaitUp(Duration timeout) throws Exception {
        process.awaitHealthy(timeout);
        return this;
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
        process.close();
    }
}

package org.dudao.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * CPU seconds processes used over a stretch of wall time, from {@code /proc/<pid>/stat} (user + system ticks,
 * 100 per second): which process would take more cores. For a JVM also the share of its JIT compiler threads and of
 * its garbage collector and VM threads ({@code /proc/<pid>/task/<tid>/stat}, by thread name), the work every JVM
 * does for itself however many nodes share the jobs.
 */
final class CpuTime {

    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, Long> startTicks = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> startThreadTicks = new LinkedHashMap<>();
    private long startNanos;

    CpuTime watch(String name, long pid) {
        pids.put(name, pid);
        return this;
    }

    /** The MariaDB server of the benchmark on this machine (the one started with its port, if several run). */
    static Optional<Long> mariadbPid() {
        String port = BenchDatabase.MARIADB_SERVER.substring(BenchDatabase.MARIADB_SERVER.lastIndexOf(':') + 1);
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
                .toList();
        return servers.stream().filter(p -> Arrays.asList(p.info().arguments().orElse(new String[0])).contains("--port=" + port))
                .findFirst()
                .or(() -> servers.stream().filter(p -> Arrays.stream(p.info().arguments().orElse(new String[0]))
                        .noneMatch(a -> a.startsWith("--port="))).findFirst())
                .map(ProcessHandle::pid);
    }

    CpuTime start() {
        pids.forEach((name, pid) -> {
            startTicks.put(name, ticks(pid));
            startThreadTicks.put(name, threadTicks(pid));
        });
        startNanos = System.nanoTime();
        return this;
    }

    /** "node1 12.3 s, MariaDB 20.1 s of 30.0 s wall (2 cores = 60.0 core-s)". */
    String stop() {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        StringBuilder out = new StringBuilder();
        pids.forEach((name, pid) -> {
            out.append(name).append(' ')
                    .append(String.format(Locale.ROOT, "%.1f", (ticks(pid) - startTicks.get(name)) / 100.0)).append(" s");
            Map<String, Long> before = startThreadTicks.get(name);
            Map<String, Long> after = threadTicks(pid);
            double jit = 0;
            double gc = 0;
            for (var thread : after.entrySet()) {
                double used = (thread.getValue() - before.getOrDefault(thread.getKey(), 0L)) / 100.0;
                String threadName = thread.getKey().substring(thread.getKey().indexOf(' ') + 1);
                if (threadName.contains("CompilerThre")) {
                    jit += used;
                } else if (threadName.startsWith("G1 ") || threadName.startsWith("GC Thread") || threadName.equals("VM Thread")) {
                    gc += used;
                }
            }
            if (jit + gc > 0) {
                out.append(String.format(Locale.ROOT, " (JIT compiler %.1f s, GC and VM %.1f s)", jit, gc));
            }
            out.append(", ");
        });
        out.append(String.format(Locale.ROOT, "of %.1f s wall (%d cores = %.1f core-s, shared with other builds)",
                wall, Runtime.getRuntime().availableProcessors(), wall * Runtime.getRuntime().availableProcessors()));
        return out.toString();
    }

    /** Ticks per thread, keyed "tid name"; empty for a process that is not a JVM's or has gone. */
    private static Map<String, Long> threadTicks(long pid) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.put(task.getFileName() + " " + name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException | RuntimeException e) {
            // not a process of this machine any more: no threads to count
        }
        return ticks;
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}

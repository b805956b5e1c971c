package org.dudao.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CPU seconds processes used over a stretch of wall time, from {@code /proc/<pid>/stat} (user + system ticks,
 * 100 per second): which process would take more cores.
 */
final class CpuTime {

    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, Long> startTicks = new LinkedHashMap<>();
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
        pids.forEach((name, pid) -> startTicks.put(name, ticks(pid)));
        startNanos = System.nanoTime();
        return this;
    }

    /** "node1 12.3 s, MariaDB 20.1 s of 30.0 s wall (2 cores = 60.0 core-s)". */
    String stop() {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        StringBuilder out = new StringBuilder();
        pids.forEach((name, pid) -> out.append(name).append(' ')
                .append(String.format(java.util.Locale.ROOT, "%.1f", (ticks(pid) - startTicks.get(name)) / 100.0)).append(" s, "));
        out.append(String.format(java.util.Locale.ROOT, "of %.1f s wall (%d cores = %.1f core-s, shared with other builds)",
                wall, Runtime.getRuntime().availableProcessors(), wall * Runtime.getRuntime().availableProcessors()));
        return out.toString();
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

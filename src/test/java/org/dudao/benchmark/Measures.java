package org.dudao.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/** Throughput, latency percentiles and heap, measured the same way for the bare engine and for Dudao. */
final class Measures {

    private Measures() {
    }

    record Percentiles(double p50, double p95, double p99, int requests) {
        String text() {
            return String.format("%.1f / %.1f / %.1f", p50, p95, p99);
        }
    }

    /** Runs {@code total} units of work on {@code threads} threads; returns units per second. */
    static double perSecond(int threads, int total, IntConsumer work) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        work.accept(i);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return total / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * GETs {@code warmup + requests} URLs one after another as {@code user}, checking each answer; returns the
     * percentiles of the measured requests in milliseconds.
     */
    static Percentiles latency(HttpClient client, IntFunction<String> url, IntFunction<String> user, String password,
                               int warmup, int requests, BiConsumer<Integer, String> check) throws Exception {
        double[] millis = new double[requests];
        for (int i = 0; i < warmup + requests; i++) {
            String who = user.apply(i);
            HttpRequest request = HttpRequest.newBuilder(URI.create(url.apply(i))).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (who + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/json").build();
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " as " + who + ": " + response.statusCode() + " " + response.body());
            }
            check.accept(i, response.body());
            if (i >= warmup) {
                millis[i - warmup] = took / 1e6;
            }
        }
        Arrays.sort(millis);
        return new Percentiles(at(millis, 0.50), at(millis, 0.95), at(millis, 0.99), requests);
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    /** Heap in use in this JVM after a full GC, in MB. */
    static long heapAfterGcMb() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}

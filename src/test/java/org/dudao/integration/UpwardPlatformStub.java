package org.dudao.integration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The city/provincial platform in tests: a real HTTP server (the JDK's) on a free port, started once per
 * JVM. Every test context points {@code dudao.upward-report.url} at it through {@link Initializer}, so the
 * context shape stays one. It answers 200 unless a test queues other statuses, and keeps what it received.
 */
public final class UpwardPlatformStub {

    /** One request as the platform saw it. */
    public record Received(String method, String path, Map<String, List<String>> headers, String body, int answeredWith) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private static final Deque<Integer> answers = new ArrayDeque<>();
    private static final List<Received> received = new ArrayList<>();
    private static HttpServer server;

    private UpwardPlatformStub() {
    }

    public static synchronized String url() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/reports", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int status;
                synchronized (UpwardPlatformStub.class) {
                    status = answers.isEmpty() ? 200 : answers.pollFirst();
                    received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                            Map.copyOf(exchange.getRequestHeaders()), body, status));
                }
                byte[] answer = (status >= 200 && status < 300 ? "{\"accepted\":true}" : "{\"error\":\"platform unavailable\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.setExecutor(Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "upward-platform-stub");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/reports";
    }

    /** The next requests are answered with these statuses, in order; afterwards 200 again. */
    public static synchronized void answer(int... statuses) {
        for (int status : statuses) {
            answers.addLast(status);
        }
    }

    public static synchronized List<Received> received() {
        return List.copyOf(received);
    }

    public static synchronized void reset() {
        answers.clear();
        received.clear();
    }

    /** Sets {@code dudao.upward-report.url} of every test context to the stub. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("dudao.upward-report.url=" + url()).applyTo(context);
        }
    }
}

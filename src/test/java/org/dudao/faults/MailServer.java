package org.dudao.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The nodes' SMTP server: a GreenMail in the test JVM on one fixed port, so the test can take it down
 * and bring it back where the nodes expect it. What it received survives its restarts here, counted by
 * the {@code X-Dudao-Delivery} header every copy carries (notice key + recipient address).
 */
final class MailServer implements AutoCloseable {

    final int port;
    private GreenMail server;
    private final List<String> receivedBeforeRestarts = new ArrayList<>();

    MailServer() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        start();
    }

    synchronized void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Down: connections are refused, as when the mail server is stopped. */
    synchronized void stop() {
        receivedBeforeRestarts.addAll(keysOf(server.getReceivedMessages()));
        server.stop();
        server = null;
    }

    /** How many copies arrived per delivery key, across restarts. */
    synchronized Map<String, Integer> copiesPerDelivery() {
        List<String> keys = new ArrayList<>(receivedBeforeRestarts);
        if (server != null) {
            keys.addAll(keysOf(server.getReceivedMessages()));
        }
        Map<String, Integer> copies = new TreeMap<>();
        keys.forEach(key -> copies.merge(key, 1, Integer::sum));
        return copies;
    }

    synchronized int received() {
        return receivedBeforeRestarts.size() + (server == null ? 0 : server.getReceivedMessages().length);
    }

    private static List<String> keysOf(MimeMessage[] messages) {
        List<String> keys = new ArrayList<>();
        for (MimeMessage message : messages) {
            try {
                String[] key = message.getHeader("X-Dudao-Delivery");
                keys.add(key == null ? "(none)" : key[0]);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return keys;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
        }
    }
}

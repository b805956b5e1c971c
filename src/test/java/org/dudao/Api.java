package org.dudao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON calls to /api as a demo user through {@link Http}; answers parsed for assertions. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** An answer: status, raw body, and the body as JSON (null when it is not JSON). */
    public record Answer(int status, String body, JsonNode json, java.net.http.HttpHeaders headers) {

        public Answer expect(int expected) {
            assertThat(status).as(body).isEqualTo(expected);
            return this;
        }

        public long id() {
            return json.get("id").asLong();
        }

        public JsonNode get(String field) {
            return json.get(field);
        }

        /** The problem detail's field error for {@code field}, asserting it speaks Chinese and English. */
        public JsonNode fieldError(String field) {
            assertThat(json.get("errors")).as(body).isNotNull();
            for (JsonNode error : json.get("errors")) {
                if (error.get("field").asText().equals(field)) {
                    assertThat(error.get("messageZh").asText()).isNotBlank();
                    assertThat(error.get("messageEn").asText()).isNotBlank();
                    return error;
                }
            }
            throw new AssertionError("no error for field " + field + " in " + body);
        }
    }

    private final Http http;
    private final String user;

    public Api(int port) {
        this(port, "demo");
    }

    public Api(int port, String user) {
        this.http = new Http(port);
        this.user = user;
    }

    /** A code no other test run uses. */
    public static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Answer get(String path) {
        return answer(http.send(base(path).GET().build()));
    }

    public Answer post(String path, Object body) {
        return answer(http.send(base(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json(body))).build()));
    }

    public Answer put(String path, Object body) {
        return answer(http.send(base(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json(body))).build()));
    }

    public Answer delete(String path) {
        return answer(http.send(base(path).DELETE().build()));
    }

    public HttpResponse<byte[]> download(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(base(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart/form-data upload of one file in the part {@code file}. */
    public Answer upload(String path, String fileName, String contentType, byte[] content) {
        return upload(path, "file", fileName, contentType, content);
    }

    /** A multipart/form-data upload of one file in the named part. */
    public Answer upload(String path, String part, String fileName, String contentType, byte[] content) {
        String boundary = "----dudao" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return answer(http.send(base(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build()));
    }

    private HttpRequest.Builder base(String path) {
        return http.request(path).header("Authorization", Http.basic(user, "demo")).header("Accept", "application/json, application/problem+json, */*");
    }

    private static Answer answer(HttpResponse<String> response) {
        JsonNode json = null;
        try {
            if (response.body() != null && !response.body().isBlank()) {
                json = JSON.readTree(response.body());
            }
        } catch (IOException e) {
            json = null;
        }
        return new Answer(response.statusCode(), response.body(), json, response.headers());
    }
}

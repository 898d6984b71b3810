package com.careergpt.identity.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like HTTP client for tests: keeps cookies like a user agent does and reads JSON answers. Each instance
 * is one device.
 */
public final class TestHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final String forwardedFor;

    public TestHttp(int port, String forwardedFor) {
        this.baseUrl = "http://localhost:" + port;
        this.forwardedFor = forwardedFor;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public Response post(String path, String json) {
        return send(path, "POST", json, Map.of());
    }

    public Response post(String path, String json, Map<String, String> headers) {
        return send(path, "POST", json, headers);
    }

    public Response get(String path) {
        return send(path, "GET", null, Map.of());
    }

    public Response get(String path, Map<String, String> headers) {
        return send(path, "GET", null, headers);
    }

    public Response delete(String path, Map<String, String> headers) {
        return send(path, "DELETE", null, headers);
    }

    public Response send(String path, String method, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (json != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    public void clearCookie(String name) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).toList()
                .forEach(c -> cookies.getCookieStore().getURIs().forEach(uri -> cookies.getCookieStore().remove(uri, c)));
    }

    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String body() {
            return raw.body();
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        /** The last segment of a problem's type URI, e.g. {@code wrong-code}. */
        public String problemType() {
            String type = json().path("type").asString();
            return type.substring(type.lastIndexOf('/') + 1);
        }
    }
}

package com.careergpt.service.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.common.web.RequestIdFilter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Forwards {@code /auth/**} to identity-service so the browser talks to one origin: method, path, query, body,
 * cookies and other end-to-end headers go through unchanged, {@code Set-Cookie} comes back unchanged, and the
 * client's address travels in {@code X-Forwarded-For} (identity-service's per-IP limits see the real client).
 *
 * <p>A small RestClient forwarder rather than Spring Cloud Gateway Server Web MVC: the newest Spring Cloud release
 * train on Maven Central (2025.1.x, Gateway 5.0.x) is built for Spring Boot 4.0, not the 4.1 line used here.
 */
@RestController
@Tag(name = "Auth (forwarded)", description = "identity-service's /auth API, forwarded unchanged")
class AuthForwardingController {

    /** Hop-by-hop headers (RFC 9110 section 7.6.1) and those the HTTP client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length",
            "expect", "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "forwarded",
            "x-internal-token");

    private final RestClient rest;
    private final URI identityBaseUrl;
    private final String serviceToken;
    private final int maxBodyBytes;

    AuthForwardingController(GatewayProperties properties, RestClient.Builder builder) {
        this.identityBaseUrl = properties.identityBaseUrl();
        this.serviceToken = properties.internalServiceToken();
        this.maxBodyBytes = properties.maxForwardedBodyBytes();
        this.rest = builder.clone().requestFactory(IdentityClient.requestFactory(properties)).build();
    }

    @RequestMapping("/auth/**")
    @Operation(summary = "Forwarded to identity-service", hidden = true)
    ResponseEntity<byte[]> forward(HttpServletRequest request) throws IOException {
        byte[] body = readBody(request);
        URI target = UriComponentsBuilder.fromUri(identityBaseUrl)
                .path(request.getRequestURI().substring(request.getContextPath().length()))
                .query(request.getQueryString())
                .build(true).toUri();
        try {
            return rest.method(HttpMethod.valueOf(request.getMethod()))
                    .uri(target)
                    .headers(headers -> copyRequestHeaders(request, headers, serviceToken))
                    .body(body)
                    .exchange((clientRequest, response) -> ResponseEntity.status(response.getStatusCode())
                            .headers(headers -> copyResponseHeaders(response.getHeaders(), headers))
                            .body(response.getBody().readAllBytes()), false);
        }
        catch (ResourceAccessException ex) {
            throw new IdentityUnavailableException("it cannot be reached");
        }
    }

    private byte[] readBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                throw tooLarge();
            }
            return body;
        }
    }

    private ProblemException tooLarge() {
        return new ProblemException(ProblemType.BODY_TOO_LARGE, "At most " + maxBodyBytes + " bytes are accepted by /auth endpoints.").with("maxBytes", maxBodyBytes);
    }

    /**
     * The client's headers, minus hop-by-hop ones and any forwarding headers it made up; the gateway names the
     * client's address and vouches for it with the service token (identity-service believes
     * {@code X-Forwarded-For} only with that token).
     */
    private static void copyRequestHeaders(HttpServletRequest request, HttpHeaders headers, String serviceToken) {
        for (String name : Collections.list(request.getHeaderNames())) {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, Collections.list(request.getHeaders(name)));
            }
        }
        // The servlet container already took the client address out of a trusted proxy's X-Forwarded-For.
        headers.set("X-Forwarded-For", request.getRemoteAddr());
        headers.set("X-Forwarded-Proto", request.getScheme());
        headers.set("X-Forwarded-Host", request.getServerName());
        headers.set(RequestIdFilter.HEADER, RequestIdFilter.currentId(request));
        headers.set(IdentityClient.TOKEN_HEADER, serviceToken);
    }

    private static void copyResponseHeaders(HttpHeaders from, HttpHeaders to) {
        from.forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !RequestIdFilter.HEADER.equalsIgnoreCase(name)) {
                to.put(name, values);
            }
        });
    }
}

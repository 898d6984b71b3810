package com.careergpt.service.gateway;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.MDC;

import com.careergpt.common.web.RequestIdFilter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * identity-service's internal API: resolve a guest cookie, claim and release the free action. Every call carries
 * the service token and the current request id.
 */
@Component
public class IdentityClient {

    static final String TOKEN_HEADER = "X-Internal-Token";

    private final RestClient rest;
    private final JsonMapper json;

    IdentityClient(GatewayProperties properties, RestClient.Builder builder, JsonMapper json) {
        this.json = json;
        this.rest = internalApi(properties, builder)
                .requestInterceptor((request, body, execution) -> {
                    String requestId = MDC.get(RequestIdFilter.MDC_KEY);
                    if (requestId != null) {
                        request.getHeaders().set(RequestIdFilter.HEADER, requestId);
                    }
                    return execution.execute(request, body);
                })
                .build();
    }

    /** A client of identity-service's {@code /internal/**} API: its base URL, timeouts and the service token. */
    static RestClient.Builder internalApi(GatewayProperties properties, RestClient.Builder builder) {
        return builder.clone()
                .baseUrl(properties.identityBaseUrl().toString())
                .requestFactory(requestFactory(properties))
                .defaultHeader(TOKEN_HEADER, properties.internalServiceToken());
    }

    static JdkClientHttpRequestFactory requestFactory(GatewayProperties properties) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.identityConnectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
        factory.setReadTimeout(properties.identityReadTimeout());
        return factory;
    }

    /** Claims the guest's free action. */
    public ClaimOutcome claim(String identityCookie) {
        Answer answer = post("/internal/guest-actions/claims", identityCookie);
        return switch (answer.status().value()) {
            case 201 -> new ClaimOutcome(ClaimOutcome.Result.CLAIMED, answer.body().path("claimId").asString(),
                    answer.body().path("userId").asString(), answer.body().path("state").asString());
            case 404 -> new ClaimOutcome(ClaimOutcome.Result.UNKNOWN_IDENTITY, null, null, null);
            case 409 -> new ClaimOutcome("not-a-guest".equals(problemType(answer.body()))
                    ? ClaimOutcome.Result.NOT_A_GUEST : ClaimOutcome.Result.ALREADY_USED,
                    null, null, answer.body().path("state").asString(null));
            default -> throw new IdentityUnavailableException("claim answered " + answer.status().value());
        };
    }

    /** Gives a claimed action back; identity-service makes a repeated release harmless. */
    public void release(String claimId) {
        call(() -> rest.delete().uri("/internal/guest-actions/claims/{id}", claimId)
                .exchange((request, response) -> new Answer(response.getStatusCode(), null)));
    }

    /** The user id and state behind a guest cookie; empty when identity-service does not know it. */
    public Optional<ResolvedIdentity> resolve(String identityCookie) {
        Answer answer = post("/internal/identities/resolve", identityCookie);
        if (answer.status().value() == 404) {
            return Optional.empty();
        }
        if (answer.status().value() != 200) {
            throw new IdentityUnavailableException("resolve answered " + answer.status().value());
        }
        return Optional.of(new ResolvedIdentity(answer.body().path("userId").asString(),
                answer.body().path("state").asString()));
    }

    private Answer post(String path, String identityCookie) {
        return call(() -> rest.post().uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("identity", identityCookie))
                .exchange((request, response) -> {
                    if (response.getStatusCode().is5xxServerError()) {
                        throw new IdentityUnavailableException("it answered " + response.getStatusCode().value());
                    }
                    return new Answer(response.getStatusCode(), json.readTree(response.getBody()));
                }));
    }

    private static Answer call(Supplier<Answer> exchange) {
        try {
            return exchange.get();
        }
        catch (ResourceAccessException ex) {
            throw new IdentityUnavailableException("it cannot be reached");
        }
    }

    private static String problemType(JsonNode body) {
        String type = body.path("type").asString("");
        return type.substring(type.lastIndexOf('/') + 1);
    }

    private record Answer(HttpStatusCode status, JsonNode body) {
    }

    public record ResolvedIdentity(String userId, String state) {
    }

    public record ClaimOutcome(Result result, String claimId, String userId, String state) {

        public enum Result { CLAIMED, ALREADY_USED, NOT_A_GUEST, UNKNOWN_IDENTITY }
    }
}

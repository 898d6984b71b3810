package com.careergpt.service.search;

import static com.careergpt.service.support.GatewayTestSupport.bearer;
import static com.careergpt.service.support.GatewayTestSupport.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.support.GatewayTestSupport;
import com.careergpt.service.support.StandaloneServiceSupport;

/**
 * Search text made only of characters that show nothing (no-break space, NUL, zero-width space, byte order mark) is
 * no text: the semantic search answers a 400 naming {@code q}, the listing filters by nothing; around words they are
 * dropped. Before, each of these answered 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchQueryCleaningTest {

    static final Map<String, String> AUTH = bearer(tokenFor("searcher", "user"));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        StandaloneServiceSupport.standaloneProperties(registry);
    }

    private TestHttp http() {
        return GatewayTestSupport.device(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%C2%A0", "%00", "%E2%80%8B", "%EF%BB%BF", "%C2%A0%00%E2%80%8B%EF%BB%BF%20%E2%80%AE"})
    void aSemanticSearchForNothingVisibleIsAProblemNamingQ(String q) {
        TestHttp.Response response = http().get("/api/jobs/search?q=" + q, AUTH);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asString()).isEqualTo("q");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%C2%A0", "%00", "%E2%80%8B", "%EF%BB%BF"})
    void invisibleCharactersAroundWordsAreDropped(String invisible) {
        TestHttp.Response response = http().get("/api/jobs/search?q=" + invisible + "backend" + invisible
                + "engineer" + invisible, AUTH);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("query").asString()).isEqualTo("backend engineer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%C2%A0", "%00", "%E2%80%8B", "%EF%BB%BF", "data%00engineer"})
    void theListingTreatsInvisibleTextAsNoFilter(String text) {
        for (String parameter : new String[] {"q", "company", "location", "skill", "currency"}) {
            TestHttp.Response response = http().get("/api/jobs?" + parameter + "=" + text, AUTH);

            assertThat(response.status()).as(parameter + ": " + response.body()).isEqualTo(200);
            assertThat(response.json().path("items").isArray()).isTrue();
        }
    }
}

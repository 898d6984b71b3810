package com.careergpt.service.llm.routing;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.careergpt.service.llm.LlmCall;
import com.careergpt.service.llm.LlmCallFailedException;
import com.careergpt.service.llm.LlmCaller;
import com.careergpt.service.llm.LlmResult;
import com.careergpt.service.llm.LlmRouter;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.UserTier;
import com.careergpt.service.llm.support.AlphaBetaProviders;
import com.careergpt.service.llm.support.ScriptedProvider;
import com.careergpt.service.support.StandaloneServiceSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Routes from configuration alone, as CAREERGPT_LLM_DEFAULT_ROUTE and rules set them, through the service API;
 * with bodies stored and the cache turned off.
 */
@SpringBootTest(properties = {
        "careergpt.llm.router.default-route=beta:b9, alpha",
        "careergpt.llm.router.rules[0].task=cover_letter",
        "careergpt.llm.router.rules[0].tier=member",
        "careergpt.llm.router.rules[0].route=alpha:writer-large",
        "careergpt.llm.router.rules[1].tier=guest",
        "careergpt.llm.router.rules[1].route=alpha:small",
        "careergpt.llm.router.store-bodies=true",
        "careergpt.llm.router.cache-ttl=0s",
        "careergpt.llm.prompts.pinned.job_summary=v1"})
@Import(AlphaBetaProviders.class)
class RoutingByConfigurationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void service(DynamicPropertyRegistry registry) {
        StandaloneServiceSupport.standaloneProperties(registry);
    }

    @Autowired
    LlmRouter router;

    @Autowired
    ScriptedProvider alpha;

    @Autowired
    ScriptedProvider beta;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RouteAdministration routes;

    @Autowired
    RouteResolver resolver;

    @BeforeEach
    void reset() {
        alpha.reset();
        beta.reset();
    }

    static ObjectNode posting() {
        return JSON.createObjectNode().put("text", "Go developer " + UUID.randomUUID());
    }

    @Test
    void theConfiguredDefaultRouteIsTakenWithItsModel() {
        LlmResult result = router.run(new LlmCall(LlmTask.JOB_SUMMARY, posting(), new LlmCaller("u1", UserTier.VERIFIED)));
        assertThat(result.provider()).isEqualTo("beta");
        assertThat(result.model()).isEqualTo("b9");
        assertThat(result.promptVersion()).isEqualTo("v1");
        assertThat(beta.requests()).singleElement().satisfies(request -> {
            assertThat(request.model()).isEqualTo("b9");
            assertThat(request.timeout()).hasSeconds(60);
        });
        assertThat(alpha.requests()).isEmpty();
    }

    @Test
    void aTaskAndTierRuleWinsOverATierRuleAndTheDefault() {
        ObjectNode inputs = JSON.createObjectNode();
        inputs.putObject("job").put("title", "Writer").put("description", "Write.");
        inputs.putObject("resume").put("text", "I write.");
        assertThat(router.run(new LlmCall(LlmTask.COVER_LETTER, inputs, new LlmCaller("m1", UserTier.MEMBER))).model())
                .isEqualTo("writer-large");
        assertThat(router.run(new LlmCall(LlmTask.COVER_LETTER, inputs, new LlmCaller("g1", UserTier.GUEST))).model())
                .isEqualTo("small");
        assertThat(router.run(new LlmCall(LlmTask.COVER_LETTER, inputs, new LlmCaller("v1", UserTier.VERIFIED))).model())
                .isEqualTo("b9");
    }

    @Test
    void aStoredRuleForAnyTaskAndTierOverridesEvenTheMostSpecificConfiguredRule() {
        ObjectNode inputs = JSON.createObjectNode();
        inputs.putObject("job").put("title", "Writer").put("description", "Write.");
        inputs.putObject("resume").put("text", "I write.");
        LlmCall memberLetter = new LlmCall(LlmTask.COVER_LETTER, inputs, new LlmCaller("m2", UserTier.MEMBER));
        routes.put(new RouteRule("*", "*", List.of(new RouteEntry("beta", "from-database", null))), "admin-1");
        try {
            assertThat(router.run(memberLetter).model()).isEqualTo("from-database");
            assertThat(resolver.resolve(LlmTask.COVER_LETTER, UserTier.MEMBER).source()).isEqualTo("database */*");
        }
        finally {
            routes.delete("*", "*");
        }
        assertThat(router.run(memberLetter).model()).isEqualTo("writer-large");
        assertThat(resolver.resolve(LlmTask.COVER_LETTER, UserTier.MEMBER).source()).isEqualTo("config cover_letter/member");
    }

    @Test
    void withTheCacheOffIdenticalCallsReachTheProviderAndBodiesAreStored() {
        ObjectNode inputs = posting();
        LlmCaller caller = new LlmCaller("bodies-" + UUID.randomUUID(), UserTier.VERIFIED);
        router.run(new LlmCall(LlmTask.JOB_SUMMARY, inputs, caller));
        LlmResult second = router.run(new LlmCall(LlmTask.JOB_SUMMARY, inputs, caller));

        assertThat(second.cached()).isFalse();
        assertThat(beta.requests()).hasSize(2);
        Map<String, Object> row = jdbc.queryForList("SELECT * FROM llm_calls WHERE user_id = ?", caller.userId()).get(0);
        assertThat((String) row.get("prompt_body")).contains(inputs.path("text").asString()).contains("<job_posting>");
        assertThat(row.get("answer_body")).isEqualTo(ScriptedProvider.VALID.get(LlmTask.JOB_SUMMARY));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM llm_cache", Integer.class)).isZero();
    }

    @Test
    void aModelsOnlyCallSkipsTheRoutesBuiltinEntriesAndFailsWhenNoModelIsLeft() {
        LlmCaller caller = new LlmCaller("u-models", UserTier.VERIFIED);
        routes.put(new RouteRule("job_extract", "verified",
                List.of(new RouteEntry("builtin", null, null), new RouteEntry("alpha", "a-extract", null))), "admin-2");
        try {
            assertThat(router.run(new LlmCall(LlmTask.JOB_EXTRACT, posting(), caller)).provider()).isEqualTo("builtin");
            assertThat(router.run(new LlmCall(LlmTask.JOB_EXTRACT, posting(), caller, true)).provider()).isEqualTo("alpha");

            routes.put(new RouteRule("job_extract", "verified", List.of(new RouteEntry("builtin", null, null))), "admin-2");
            assertThatThrownBy(() -> router.run(new LlmCall(LlmTask.JOB_EXTRACT, posting(), caller, true)))
                    .isInstanceOf(LlmCallFailedException.class);
        } finally {
            routes.delete("job_extract", "verified");
        }
    }
}

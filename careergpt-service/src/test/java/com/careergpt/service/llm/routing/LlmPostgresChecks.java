package com.careergpt.service.llm.routing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.careergpt.service.CareerGptApplication;
import com.careergpt.service.llm.LlmCall;
import com.careergpt.service.llm.LlmCaller;
import com.careergpt.service.llm.LlmProviderException.Kind;
import com.careergpt.service.llm.LlmResult;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.UserTier;
import com.careergpt.service.llm.ledger.LlmLedger;
import com.careergpt.service.llm.ledger.SpendGrouping;
import com.careergpt.service.llm.ledger.SpendRow;
import com.careergpt.service.llm.support.AlphaBetaProviders;
import com.careergpt.service.llm.support.ScriptedProvider;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The router's tables and queries on PostgreSQL (server from the subclass): migrations, ledger, cache, routes.
 * The service stops after the class (DirtiesContext) while the server still runs; the server stops at JVM exit.
 */
@DirtiesContext
@SpringBootTest(classes = {CareerGptApplication.class, AlphaBetaProviders.class},
        properties = "careergpt.llm.router.default-route=alpha:a1,beta:b1")
abstract class LlmPostgresChecks {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    FallbackLlmRouter router;

    @Autowired
    RouteAdministration routes;

    @Autowired
    LlmLedger ledger;

    @Autowired
    ScriptedProvider alpha;

    @Test
    void fallbackCacheRoutesAndSpendWorkOnPostgres() {
        LlmCaller caller = new LlmCaller("pg-" + UUID.randomUUID(), UserTier.VERIFIED);
        LlmCall call = new LlmCall(LlmTask.JOB_EXTRACT,
                JSON.createObjectNode().put("text", "Java developer in Berlin " + UUID.randomUUID()), caller);
        alpha.fails(Kind.SERVER_ERROR).fails(Kind.SERVER_ERROR);

        assertThat(router.run(call).provider()).isEqualTo("beta");
        LlmResult again = router.run(call);
        assertThat(again.cached()).isTrue();
        assertThat(again.provider()).isEqualTo("beta");

        routes.put(new RouteRule("job_extract", "verified", List.of(new RouteEntry("alpha", "a2", 5_000L))), "admin");
        routes.put(new RouteRule("job_extract", "verified", List.of(new RouteEntry("alpha", "a3", 5_000L))), "admin");
        assertThat(router.run(new LlmCall(LlmTask.JOB_EXTRACT, JSON.createObjectNode().put("text", "other"), caller))
                .model()).isEqualTo("a3");
        assertThat(routes.delete("job_extract", "verified")).isTrue();

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        SpendRow byUser = ledger.spend(LocalDate.parse(today), LocalDate.parse(today), SpendGrouping.USER).stream()
                .filter(row -> row.key().equals(caller.userId())).findFirst().orElseThrow();
        assertThat(byUser.calls()).isEqualTo(5);
        assertThat(byUser.cacheHits()).isEqualTo(1);
        assertThat(byUser.failures()).isEqualTo(2);
        assertThat(byUser.promptTokens()).isEqualTo(240);
        assertThat(ledger.spend(LocalDate.parse(today), LocalDate.parse(today), SpendGrouping.MODEL))
                .extracting(SpendRow::key).contains("alpha:a1", "beta:b1", "alpha:a3");
    }
}

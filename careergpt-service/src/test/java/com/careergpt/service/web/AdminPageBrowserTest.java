package com.careergpt.service.web;

import static com.careergpt.service.support.GatewayTestSupport.ADMIN_EMAIL;
import static com.careergpt.service.support.GatewayTestSupport.bearer;
import static com.careergpt.service.support.GatewayTestSupport.signUp;
import static com.careergpt.service.web.DemoPageBrowserTest.assertInert;
import static com.careergpt.service.web.DemoPageBrowserTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;

import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.support.GatewayTestSupport;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;

/** admin.html in headless Chromium: an admin signs in by email code and works the dashboard. */
class AdminPageBrowserTest extends BrowserTestBase {

    /** Endpoints another branch is building; until they exist here their panels say "Not available yet". */
    static final Map<String, String> PLANNED = Map.of(
            "/api/admin/usage", "#usage-panel",
            "/api/admin/logs", "#logs-panel",
            "/api/admin/alerts", "#alerts-panel",
            "/api/admin/errors", "#errors-panel");

    @Test
    void anAdminSignsInAndSeesProviderHealthSpendAndRoutesAndWhatIsNotThereYet(CapturedOutput output) {
        // Some LLM spend to show: a user's analysis through the API.
        TestHttp device = GatewayTestSupport.device(port);
        String token = signUp(device, output, "spender@example.com");
        assertThat(device.post("/api/analyze", "{\"task\":\"job_summary\",\"text\":\"Senior Java developer, Berlin. "
                + "Spring Boot and Kafka required.\"}", bearer(token)).status()).isEqualTo(200);

        Page page = desktopPage();
        page.navigate("/admin.html");
        expect(page.locator("#gate")).hasText("Sign in with an admin address to see the dashboard.");
        expect(page.locator("#dashboard")).isHidden();
        signIn(page, output, ADMIN_EMAIL);
        expect(page.locator("#signed-in")).containsText("Signed in as admin.");
        expect(page.locator("#dashboard")).isVisible();

        expectPlannedPanel(page, "/api/admin/usage");
        screenshot(page, "admin-1-usage");

        button(page, "Logs").click();
        expectPlannedPanel(page, "/api/admin/logs");
        button(page, "Start live tail").click();
        expect(page.locator("#tail-status")).hasText("Live.");
        button(page, "Stop live tail").click();
        screenshot(page, "admin-2-logs");

        button(page, "Errors and alerts").click();
        expectPlannedPanel(page, "/api/admin/alerts");
        expectPlannedPanel(page, "/api/admin/errors");

        button(page, "Model router").click();
        Locator providers = page.locator("#providers-panel");
        expect(providers.locator("tr").filter(new Locator.FilterOptions().setHasText("builtin"))).containsText("available");
        expect(providers).containsText("openai");
        expect(page.locator("#spend-panel .summary")).hasText(Pattern.compile("\\d+ calls?, \\$\\d+\\.\\d+ estimated\\."));
        expect(page.locator("#spend-panel svg.columns rect").first()).isAttached();
        expect(page.locator("#routes-panel")).containsText("Default route: builtin");
        expect(page.locator("#routes-panel")).containsText("No stored rules.");

        // The routing rules editor: a mistake is named, a rule is stored and applies, then removed again.
        page.getByLabel("Task").selectOption("cover_letter");
        page.getByLabel("Tier").selectOption("member");
        page.getByLabel("Route: providers to try in order").fill("nosuch:model");
        button(page, "Save the route").click();
        expect(page.locator("#routes-status")).containsText("Unknown provider 'nosuch'");
        expect(page.locator("#routes-status")).containsText("(Field: route[0].provider.)");
        expect(page.locator("#route-entries")).hasAttribute("aria-invalid", "true");

        page.getByLabel("Route: providers to try in order").fill("openai:gpt-4o-mini@20000, builtin");
        button(page, "Save the route").click();
        expect(page.locator("#routes-status")).containsText("Saved: cover_letter / member → openai:gpt-4o-mini@20000, builtin");
        Locator stored = page.locator("#routes-panel table").first();
        expect(stored).containsText("cover_letter");
        String routes = device.get("/api/admin/llm/routes", bearer(GatewayTestSupport.tokenFor("any-admin", "admin"))).body();
        assertThat(routes).contains("\"databaseRules\":[{\"task\":\"cover_letter\",\"tier\":\"member\"");
        screenshot(page, "admin-3-model-router");

        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Delete cover_letter / member")).click();
        expect(page.locator("#routes-status")).hasText("Deleted the stored route of cover_letter / member.");
        expect(page.locator("#routes-panel")).containsText("No stored rules.");
    }

    @Test
    void thePlannedPanelsDrawTheAgreedShapesAndTheLiveTailReadsTheEventStream(CapturedOutput output) {
        Page page = desktopPage();
        stub(page, "/api/admin/usage", "application/json", "web/admin-usage.json");
        stub(page, "/api/admin/logs", "application/json", "web/admin-logs.json");
        stub(page, "/api/admin/logs/stream", "text/event-stream", "web/admin-log-stream.txt");
        stub(page, "/api/admin/alerts", "application/json", "web/admin-alerts.json");
        stub(page, "/api/admin/errors", "application/json", "web/admin-errors.json");
        page.navigate("/admin.html#usage");
        signIn(page, output, ADMIN_EMAIL);

        Locator usage = page.locator("#usage-panel");
        expect(usage).containsText("Guest → email");
        expect(usage).containsText("42%");
        expect(usage.locator("svg.lines polyline")).hasCount(4 + 3);
        Locator llmCalls = usage.locator("table").filter(new Locator.FilterOptions().setHasText("Prompt tokens"));
        expect(llmCalls).containsText("gpt-4o-mini");
        expect(llmCalls).containsText("$0.0123");
        screenshot(page, "admin-4-usage-agreed-shape");

        button(page, "Logs").click();
        Locator logs = page.locator("#logs-panel");
        expect(logs).containsText("3 lines, newest first");
        expect(logs.locator("tbody tr")).hasCount(3);
        expect(logs.getByText("<script>window.__xss=2</script>", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        page.getByLabel("Level").selectOption("ERROR");
        page.getByLabel("Path").fill("/api/analyze");
        String asked = page.waitForRequest(request -> request.url().contains("/api/admin/logs?"),
                () -> button(page, "Search logs").click()).url();
        assertThat(URI.create(asked).getQuery()).contains("level=ERROR").contains("path=/api/analyze")
                .contains("page=0").contains("size=50");

        button(page, "Start live tail").click();
        Locator tail = page.locator("#tail-rows tbody tr");
        expect(tail).hasCount(2);
        expect(tail.first()).containsText("POST /api/match");
        expect(page.locator("#tail-status")).hasText("The stream ended.");
        screenshot(page, "admin-5-logs-agreed-shape");

        button(page, "Errors and alerts").click();
        expect(page.locator("#alerts-panel")).containsText("error-rate");
        expect(page.locator("#alerts-panel")).containsText("open");
        expect(page.locator("#errors-panel")).containsText("IllegalStateException");
        expect(page.locator("#errors-panel")).containsText("17");
        page.locator("#errors-panel").getByText("req-7f3a").click();
        expect(page.locator("#logs-request")).hasValue("req-7f3a");
        assertInert(page);
        screenshot(page, "admin-6-logs-of-one-request");
    }

    private void expectPlannedPanel(Page page, String path) {
        Locator panel = page.locator(PLANNED.get(path));
        if (statusWithPageToken(page, path) == 404) {
            expect(panel).hasText("Not available yet: this server does not offer " + path + ".");
        }
        else {
            expect(panel.locator(".error")).hasCount(0);
            expect(panel).not().containsText("Loading…");
        }
    }

    /** What the endpoint answers the page's signed-in user (its token is in the page's localStorage). */
    private static int statusWithPageToken(Page page, String path) {
        String token = (String) page.evaluate("() => JSON.parse(localStorage.getItem('careergpt.token')).token");
        APIResponse response = page.request().get(path, RequestOptions.create().setHeader("Authorization", "Bearer " + token)
                .setTimeout(5_000));
        try {
            return response.status();
        }
        finally {
            response.dispose();
        }
    }

    /** Serves an endpoint's agreed answer from a fixture, as the browser would receive it. */
    private static void stub(Page page, String path, String contentType, String fixture) {
        String body = fixture(fixture);
        page.route(url -> URI.create(url).getPath().equals(path), route -> route.fulfill(new Route.FulfillOptions()
                .setStatus(200).setContentType(contentType).setBody(body)));
    }
}

package com.careergpt.service.web;

import static com.careergpt.service.support.GatewayTestSupport.bearer;
import static com.careergpt.service.support.GatewayTestSupport.codeFor;
import static com.careergpt.service.support.GatewayTestSupport.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.core.io.ClassPathResource;

import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.resumes.ResumeFiles;
import com.careergpt.service.support.GatewayTestSupport;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** demo.html in headless Chromium: the guest's journey to a verified account, every list escaping scraped text. */
class DemoPageBrowserTest extends BrowserTestBase {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String JOB_TEXT = """
            Backend Engineer (Kotlin) at Ledgerly
            Location: Berlin, Germany
            Salary: €70,000 - €85,000 per year
            Build payment APIs with Kotlin, Spring Boot and PostgreSQL and own the services end to end.
            Requirements: 5+ years of Kotlin or Java, PostgreSQL and Docker. Nice to have: Kafka.""";

    static final String XSS_TITLE = "<img src=x onerror=window.__xss=1>";

    @Test
    void aGuestUsesTheFreeActionConfirmsAnEmailAndTheNextActionCarriesTheToken(CapturedOutput output) {
        Page page = desktopPage();
        page.navigate("/");
        expect(page.locator("#state")).hasText("guest");
        expect(page.locator("#free-actions")).containsText("free actions left: 1");

        page.getByLabel("Job post address or text").fill(JOB_TEXT);
        button(page, "Analyse the post").click();
        expect(page.locator("#try-result")).containsText("Must have skills");
        expect(page.locator("#try-result")).containsText("Kotlin");
        expect(page.locator("#free-actions")).containsText("free actions left: 0");
        screenshot(page, "demo-1-guest-free-action");

        button(page, "Analyse the post").click();
        expect(page.locator("#try-status")).containsText("Your free action is used.");
        expect(page.locator("#email-input")).isFocused();
        String email = "journey@example.com";
        page.keyboard().type(email);
        page.keyboard().press("Enter");
        expect(page.locator("#code-input")).isFocused();
        expect(page.locator("#account-message")).containsText("A code was sent to");
        expect(page.locator("#resend")).isVisible();
        screenshot(page, "demo-2-code-form");

        // Confirming the code signs in and runs the action that was refused, now with the bearer token.
        Response retried = page.waitForResponse(response -> response.url().endsWith("/api/analyze"), () -> {
            page.keyboard().type(codeFor(output, email));
            page.keyboard().press("Enter");
        });
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.request().headerValue("authorization")).startsWith("Bearer ey");
        expect(page.locator("#state")).hasText("verified");
        expect(page.locator("#signed-in")).containsText("Signed in");
        expect(page.locator("#try-status")).isEmpty();
        expect(page.locator("#try-result")).containsText("Kotlin");

        // Every action from now on: collecting, with the collection's progress streamed to the page.
        button(page, "Jobs").click();
        page.getByLabel("What you paste").selectOption("text");
        page.getByLabel("Addresses, text or HTML").fill("""
                Registered Nurse at Lakeside Clinic
                Location: Leeds, United Kingdom
                Care for patients on the cardiology ward and coordinate with physicians. Full-time, £38,000 a year.""");
        Request collect = page.waitForRequest(request -> request.url().endsWith("/api/jobs/collect"),
                () -> button(page, "Collect").click());
        assertThat(collect.headerValue("authorization")).startsWith("Bearer ");
        expect(page.locator("#collect-count")).containsText("Finished: 1 of 1 sources");
        expect(page.locator("#collect-status")).containsText("1 stored");
        expect(page.locator("#jobs-list")).containsText("Registered Nurse");
        screenshot(page, "demo-3-jobs-collected");

        // The token is renewed before it expires: with a minute and a bit left, the page refreshes it.
        String oldToken = (String) page.evaluate("() => JSON.parse(localStorage.getItem('careergpt.token')).token");
        page.evaluate("() => { const t = JSON.parse(localStorage.getItem('careergpt.token'));"
                + " t.expiresAt = new Date(Date.now() + 62000).toISOString();"
                + " localStorage.setItem('careergpt.token', JSON.stringify(t)); }");
        Response refreshed = page.waitForResponse(response -> response.url().endsWith("/auth/refresh"),
                new Page.WaitForResponseOptions().setTimeout(30_000), page::reload);
        assertThat(refreshed.status()).isEqualTo(200);
        expect(page.locator("#state")).hasText("verified");
        String saved = (String) page.evaluate("() => localStorage.getItem('careergpt.token')");
        JsonNode token = JSON.readTree(saved);
        assertThat(token.path("token").asString()).isNotEqualTo(oldToken);
        assertThat(Instant.parse(token.path("expiresAt").asString())).isAfter(Instant.now().plus(Duration.ofMinutes(30)));
    }

    @Test
    void theFreeActionCountFollowsTheServerWhenTheActionWasUsedElsewhere() {
        Page page = desktopPage();
        page.navigate("/");
        expect(page.locator("#free-actions")).containsText("free actions left: 1");

        // Another tab of the same browser (same identity cookie) spends the free action behind this page's back.
        APIResponse elsewhere = page.request().post("/api/analyze", RequestOptions.create()
                .setHeader("Content-Type", "application/json").setData(Map.of("task", "job_summary", "text", JOB_TEXT)));
        assertThat(elsewhere.status()).isEqualTo(200);

        page.getByLabel("Job post address or text").fill(JOB_TEXT);
        button(page, "Analyse the post").click();
        expect(page.locator("#try-status")).containsText("Your free action is used.");
        expect(page.locator("#free-actions")).containsText("free actions left: 0");
    }

    @Test
    void markupInAScrapedJobTitleIsShownAsTextInTheJobsSearchAndResultsAndNeverRuns(CapturedOutput output) {
        Page page = desktopPage();
        page.navigate("/#jobs");
        signIn(page, output, "xss.reader@example.com");

        page.getByLabel("What you paste").selectOption("text");
        page.getByLabel("Addresses, text or HTML").fill(XSS_TITLE + """

                Company: Acme Widgets
                Location: Remote
                Salary: $90,000 - $110,000 per year
                Write Go services for our widget platform. Requirements: Go, PostgreSQL, Kubernetes.""");
        button(page, "Collect").click();
        expect(page.locator("#collect-status")).containsText("1 stored");
        Locator listed = page.locator("#jobs-list").getByText(XSS_TITLE, new Locator.GetByTextOptions().setExact(true));
        expect(listed).isVisible();
        assertInert(page);
        screenshot(page, "demo-4-xss-title-in-jobs");

        listed.click();
        expect(page.locator("#jobs-detail h3")).hasText(XSS_TITLE);
        page.locator("#jobs-detail").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Summarise")).click();
        expect(page.locator("#jobs-detail .analysis")).containsText("Summary");
        assertInert(page);

        button(page, "Search").click();
        page.getByLabel("What you are looking for").fill("Go services widget platform " + XSS_TITLE);
        button(page, "Search jobs").click();
        expect(page.locator("#search-list").getByText(XSS_TITLE, new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        assertInert(page);

        button(page, "Results").click();
        Locator summary = page.locator("#results-list").getByText("Job summary").first();
        expect(summary).isVisible();
        summary.click();
        expect(page.locator("#result-detail")).containsText("Summary");
        assertInert(page);
        screenshot(page, "demo-5-results");
    }

    @Test
    void aSignedInUserUploadsAResumeMatchesItAndWatchesACoverLetterBeingWritten(CapturedOutput output) {
        TestHttp seeder = GatewayTestSupport.device(port);
        TestHttp.Response collected = seeder.post("/api/jobs/collect?wait=true",
                JSON.writeValueAsString(Map.of("text", JOB_TEXT)), bearer(tokenFor("job-seeder", "user")));
        assertThat(collected.status()).as(collected.body()).isEqualTo(200);
        String jobId = collected.json().path("items").get(0).path("jobId").asString();

        Page page = desktopPage();
        page.navigate("/#resumes");
        signIn(page, output, "resume.owner@example.com");

        Locator file = page.getByLabel("Resume file (PDF, DOCX or text)");
        file.setInputFiles(new FilePayload("locked.pdf", "application/pdf", ResumeFiles.encryptedPdf()));
        button(page, "Upload").click();
        expect(page.locator("#resumes-status")).containsText("The PDF is password-protected");
        expect(page.locator("#resumes-status")).containsText("(Field: file.)");
        expect(file).hasAttribute("aria-invalid", "true");

        file.setInputFiles(new FilePayload("jane.pdf", "application/pdf", ResumeFiles.pdf()));
        button(page, "Upload").click();
        expect(page.locator("#resumes-status")).containsText("skills found");
        expect(page.locator("#resume-detail")).containsText("Jane Doe");
        expect(page.locator("#resume-detail .chips")).containsText("Spring Boot");
        expect(page.locator("#resumes-list")).containsText("jane.pdf");

        button(page, "Match").click();
        page.getByLabel("Job", new Page.GetByLabelOptions().setExact(true)).selectOption(jobId);
        button(page, "Match the resume").click();
        expect(page.locator("#match-result .score-big")).containsText("/100");
        expect(page.locator("#match-result")).containsText("Sub-scores");
        screenshot(page, "demo-8-match");
        page.getByLabel("Job", new Page.GetByLabelOptions().setExact(true)).selectOption("");
        button(page, "Match the resume").click();
        expect(page.locator("#match-result table")).containsText("Backend Engineer (Kotlin)");

        button(page, "Analyse").click();
        page.getByLabel("Task").selectOption("cover_letter");
        page.getByLabel("Stored job", new Page.GetByLabelOptions().setExact(true)).selectOption(jobId);
        page.getByLabel("Stored resume").selectOption(new SelectOption().setIndex(1));
        page.getByLabel("Show the answer as it is written").check();
        Response streamed = page.waitForResponse(response -> response.url().endsWith("/api/analyze?stream=true"),
                () -> button(page, "Run").click());
        assertThat(streamed.headerValue("content-type")).startsWith("text/event-stream");
        expect(page.locator("#analyse-result")).containsText("Kept in your results.");
        expect(page.locator("#analyse-result .meta")).containsText("Cover letter");
        screenshot(page, "demo-9-cover-letter");
    }

    @Test
    void thePagesCarryTheContentSecurityPolicyAndFitAPhoneScreen() {
        Page page = newPage(375, 740);
        for (String path : List.of("/", "/demo.html", "/admin.html", "/admin")) {
            Response response = page.navigate(path);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.headerValue("content-security-policy")).as(path)
                    .contains("script-src 'self'").contains("style-src 'self'").contains("connect-src 'self'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(response.headerValue("x-content-type-options")).isEqualTo("nosniff");
        }

        page.navigate("/");
        expect(page.locator("#state")).hasText("guest");
        for (String view : List.of("Start", "Jobs", "Analyse", "Resumes", "Match", "Search", "Results", "Market")) {
            button(page, view).click();
            assertThat(horizontalOverflow(page)).as("sideways scrolling in " + view).isLessThanOrEqualTo(0);
        }
        button(page, "Start").click();
        screenshot(page, "demo-6-phone");

        // Keyboard: the skip link comes first, and every control shows where the focus is.
        page.reload();
        expect(page.locator("#state")).hasText("guest");
        page.keyboard().press("Tab");
        expect(page.locator("a.skip")).isFocused();
        page.keyboard().press("Tab");
        assertThat((String) page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle"))
                .isNotEqualTo("none");

        page.navigate("/admin.html");
        expect(page.locator("#gate")).containsText("Sign in with an admin address");
        assertThat(horizontalOverflow(page)).isLessThanOrEqualTo(0);
        screenshot(page, "admin-0-phone-sign-in");
    }

    @Test
    void theMarketPageSaysWhenStatisticsAreMissingAndChartsTheAgreedShape() {
        Page page = desktopPage();
        page.navigate("/#market");
        int deployed = page.request().get("/api/analytics/market").status();
        if (deployed == 404) {
            expect(page.locator("#market-status")).hasText("Job-market statistics are not available on this server yet.");
        }
        else {
            expect(page.locator("#market-status")).not().hasClass(Pattern.compile(".*error.*"));
        }

        // The endpoint's agreed shape (another branch builds it), served here by the browser itself.
        page.route(url -> url.endsWith("/api/analytics/market"), route -> route.fulfill(new Route.FulfillOptions()
                .setStatus(200).setContentType("application/json").setBody(fixture("web/market.json"))));
        button(page, "Reload the statistics").click();
        Locator charts = page.locator("#market-charts");
        expect(charts.locator("figure")).hasCount(7);
        expect(charts).containsText("1,234 job posts.");
        expect(charts.locator("figure").filter(new Locator.FilterOptions().setHasText("Most asked-for skills")))
                .containsText("Kotlin");
        expect(charts).containsText("€85,000 (€70,000 – €98,000, n=41)");
        expect(charts).containsText("Remote: 40%");
        expect(charts.getByText("<img src=x onerror=window.__xss=1> GmbH", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        expect(charts.locator("svg.columns rect")).hasCount(4);
        assertInert(page);
        screenshot(page, "demo-7-market");
    }

    /** Nothing from the server became markup: no image element, no script ran. */
    static void assertInert(Page page) {
        assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
        assertThat(page.locator("img").count()).isZero();
    }

    static int horizontalOverflow(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }

    static String fixture(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }
}

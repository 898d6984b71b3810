package com.careergpt.service.web;

import static com.careergpt.service.support.GatewayTestSupport.codeFor;
import static com.careergpt.service.support.GatewayTestSupport.gatewayProperties;
import static com.careergpt.service.support.GatewayTestSupport.startIdentity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * The pages in Debian's headless Chromium (Playwright) against a real careergpt-service and identity-service on
 * random ports. Subclasses share one Spring context and identity-service (the JVM's shutdown closes them); each
 * test gets a fresh browser context, i.e. a new device without cookies or storage. Script errors and
 * Content-Security-Policy violations fail the test. Skipped where no Chromium is installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
abstract class BrowserTestBase {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final ConfigurableApplicationContext IDENTITY = startIdentity();

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    private final List<BrowserContext> contexts = new CopyOnWriteArrayList<>();
    private final List<String> pageProblems = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        gatewayProperties(registry, IDENTITY);
        registry.add("careergpt.scraper.politeness-delay", () -> "0s");
    }

    @BeforeAll
    static void launch() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        // The services share two cores with the browser: a model call or a collection may take a few seconds.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @AfterEach
    void closeContextsAndCheckForPageProblems() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        assertThat(pageProblems).as("script errors and CSP violations on the pages").isEmpty();
    }

    /** A new device: its own cookies and localStorage; width x height in CSS pixels. */
    Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setBaseURL("http://localhost:" + port));
        contexts.add(context);
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        page.onPageError(error -> pageProblems.add("page error: " + error));
        page.onConsoleMessage(message -> {
            // Failed fetches (401, 404) are logged by Chromium as errors too; they are expected answers here.
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                pageProblems.add("console: " + message.text());
            }
        });
        return page;
    }

    Page desktopPage() {
        return newPage(1280, 900);
    }

    static LocatorAssertions expect(Locator locator) {
        return PlaywrightAssertions.assertThat(locator);
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Signs in on the page's account box with an email code read from the console sender's output. */
    static void signIn(Page page, CapturedOutput output, String email) {
        Locator signInLink = page.locator("#sign-in");
        expect(page.locator("#state")).not().hasText("checking…");
        if (signInLink.isVisible()) {
            signInLink.click();
        }
        page.getByLabel("Email address").fill(email);
        button(page, "Send me a code").click();
        expect(page.locator("#code-input")).isFocused();
        page.getByLabel("6-digit code").fill(codeFor(output, email));
        button(page, "Confirm").click();
        expect(page.locator("#signed-in")).isVisible();
    }
}

package com.careergpt.service.scraping.fetch;

import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import com.microsoft.playwright.options.WaitUntilState;

/**
 * Renders pages that need JavaScript in headless Chromium (Playwright). Every request the page makes is routed
 * through the scraper's own guarded HTTP client and fulfilled from it, so the SSRF guard, the body cap and the
 * deadline hold inside the browser too, and a redirect comes back to the browser as a redirect whose target is routed
 * (and checked) again. No other socket is opened: {@link BrowserLockdown} refuses WebSockets, removes WebRTC and
 * points the browser's own connections nowhere. Images, fonts and media are never fetched. Playwright is not
 * thread-safe: one thread owns it, and the browser is restarted after a number of pages so its memory stays bounded.
 */
public class BrowserPageFetcher implements PageFetcher, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BrowserPageFetcher.class);
    private static final Set<String> BLOCKED_TYPES = Set.of("image", "font", "media", "imageset", "texttrack", "beacon", "ping");
    private static final int MAX_REQUESTS_PER_PAGE = 200;
    private static final List<String> CHROMIUM_ARGS = Stream.concat(Stream.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-dev-shm-usage"), BrowserLockdown.CHROMIUM_ARGS.stream()).toList();

    private final GuardedHttpClient http;
    private final SsrfGuard guard;
    private final SiteAccess access;
    private final ScraperProperties properties;
    private final Clock clock;
    private final ExecutorService owner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "browser");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger blockedRequests = new AtomicInteger();
    private Playwright playwright;
    private Browser browser;
    private int pagesSinceLaunch;
    private int launches;

    BrowserPageFetcher(GuardedHttpClient http, SsrfGuard guard, SiteAccess access, ScraperProperties properties,
            Clock clock) {
        this.http = http;
        this.guard = guard;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether a Chromium binary is where the settings say. */
    public boolean available() {
        return Files.isExecutable(properties.browserPath());
    }

    @Override
    public FetchedPage fetch(URI url) throws FetchException {
        if (!available()) {
            throw new FetchException(FetchFailure.BROWSER_UNAVAILABLE, "No browser is installed at "
                    + properties.browserPath() + " (set CAREERGPT_BROWSER_PATH), so JavaScript pages can't be rendered.");
        }
        access.admit(url);
        Future<FetchedPage> rendering = owner.submit(() -> render(url));
        long limit = properties.browserTimeout().plus(properties.totalTimeout()).toMillis();
        try {
            return rendering.get(limit, TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            rendering.cancel(true);
            throw new FetchException(FetchFailure.TIMEOUT, "Rendering " + url + " took longer than " + limit / 1000 + " s.");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new FetchException(FetchFailure.TIMEOUT, "Interrupted while rendering " + url + ".");
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof FetchException fetchFailure) {
                throw fetchFailure;
            }
            throw new FetchException(FetchFailure.UNREACHABLE, "The browser could not render " + url + ": "
                    + failed.getCause().getMessage(), failed.getCause());
        }
    }

    /** How many browser launches so far (recycling shows here). */
    int launches() {
        return launches;
    }

    /** Requests refused by routing so far: blocked resource types and guard refusals. */
    int blockedRequests() {
        return blockedRequests.get();
    }

    private FetchedPage render(URI url) throws FetchException {
        Browser current = browser();
        AtomicReference<FetchException> mainRefusal = new AtomicReference<>();
        AtomicInteger requests = new AtomicInteger();
        try (BrowserContext context = current.newContext(new Browser.NewContextOptions()
                .setUserAgent(properties.userAgent()).setJavaScriptEnabled(true).setServiceWorkers(
                        ServiceWorkerPolicy.BLOCK))) {
            context.setDefaultTimeout(properties.browserTimeout().toMillis());
            BrowserLockdown.apply(context, () -> {
                blockedRequests.incrementAndGet();
                log.info("Browser WebSocket refused while rendering {}", url);
            });
            context.route("**/*", route -> serve(route, url, mainRefusal, requests));
            Page page = context.newPage();
            Response response;
            try {
                response = page.navigate(url.toString(), new Page.NavigateOptions()
                        .setWaitUntil(WaitUntilState.LOAD).setTimeout(properties.browserTimeout().toMillis()));
            } catch (PlaywrightException navigationFailed) {
                if (mainRefusal.get() != null) {
                    throw mainRefusal.get();
                }
                throw new FetchException(FetchFailure.UNREACHABLE, "The browser could not load " + url + ": "
                        + firstLine(navigationFailed.getMessage()), navigationFailed);
            }
            if (response != null && response.status() >= 400) {
                throw new FetchException(FetchFailure.HTTP_ERROR, "The server answered " + response.status() + " "
                        + response.statusText() + " for " + url + ".");
            }
            settle(page);
            String html = page.content();
            URI finalUrl = URI.create(page.url());
            return new FetchedPage(url, finalUrl, response == null ? 200 : response.status(), "text/html", html,
                    "browser", clock.instant());
        } finally {
            pagesSinceLaunch++;
            if (pagesSinceLaunch >= properties.browserRecycleAfter()) {
                closeBrowser();
            }
        }
    }

    /** Waits for the network to go quiet, but not forever: pages that poll keep the network busy. */
    private void settle(Page page) {
        try {
            page.waitForLoadState(LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions()
                    .setTimeout(Math.min(5_000, properties.browserTimeout().toMillis())));
        } catch (PlaywrightException stillBusy) {
            log.debug("Network not idle; taking the DOM as it is");
        }
    }

    private void serve(Route route, URI pageUrl, AtomicReference<FetchException> mainRefusal, AtomicInteger requests) {
        Request request = route.request();
        String requestUrl = request.url();
        if (requestUrl.startsWith("data:") || requestUrl.startsWith("blob:")) {
            route.resume();
            return;
        }
        if (BLOCKED_TYPES.contains(request.resourceType()) || !"GET".equals(request.method())
                || requests.incrementAndGet() > MAX_REQUESTS_PER_PAGE) {
            blockedRequests.incrementAndGet();
            route.abort("blockedbyclient");
            return;
        }
        try {
            URI target = URI.create(requestUrl);
            guard.checkUrl(target);
            GuardedHttpClient.Exchange exchange = http.get(target, request.headerValue("accept") == null
                    ? "*/*" : request.headerValue("accept"));
            Map<String, String> headers = new HashMap<>();
            if (exchange.contentType() != null) {
                headers.put("Content-Type", exchange.contentType());
            }
            if (exchange.location() != null) {
                headers.put("Location", exchange.location());
            }
            route.fulfill(new Route.FulfillOptions().setStatus(exchange.status()).setHeaders(headers)
                    .setBodyBytes(exchange.body()));
        } catch (FetchException refused) {
            blockedRequests.incrementAndGet();
            if (request.isNavigationRequest() && request.frame().parentFrame() == null) {
                mainRefusal.compareAndSet(null, refused);
            }
            log.info("Browser request to {} refused while rendering {}: {}", requestUrl, pageUrl, refused.getMessage());
            route.abort("blockedbyclient");
        } catch (IllegalArgumentException malformed) {
            blockedRequests.incrementAndGet();
            route.abort("blockedbyclient");
        }
    }

    private Browser browser() throws FetchException {
        if (browser != null && browser.isConnected()) {
            return browser;
        }
        try {
            if (playwright == null) {
                playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            }
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(properties.browserPath()).setHeadless(true).setArgs(CHROMIUM_ARGS));
            pagesSinceLaunch = 0;
            launches++;
            return browser;
        } catch (PlaywrightException cannotStart) {
            throw new FetchException(FetchFailure.BROWSER_UNAVAILABLE, "The browser at " + properties.browserPath()
                    + " could not start: " + firstLine(cannotStart.getMessage()), cannotStart);
        }
    }

    private void closeBrowser() {
        if (browser != null) {
            try {
                browser.close();
            } catch (PlaywrightException alreadyGone) {
                log.debug("Browser already closed", alreadyGone);
            }
            browser = null;
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    @Override
    public void close() {
        try {
            owner.submit(() -> {
                closeBrowser();
                if (playwright != null) {
                    playwright.close();
                    playwright = null;
                }
            }).get(10, TimeUnit.SECONDS);
        } catch (Exception shuttingDown) {
            log.debug("Browser shutdown incomplete", shuttingDown);
        } finally {
            owner.shutdownNow();
        }
    }
}

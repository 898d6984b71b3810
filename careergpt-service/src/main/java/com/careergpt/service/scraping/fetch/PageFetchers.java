package com.careergpt.service.scraping.fetch;

import java.net.URI;

/**
 * The scraper's fetchers behind one door: {@code static} or {@code browser} for a page, and job-board JSON feeds.
 * {@link RenderMode#AUTO} is decided by the caller (static first, the browser when the static page holds no job),
 * because only the extractor can tell whether a page holds a job.
 */
public class PageFetchers {

    private final StaticPageFetcher staticFetcher;
    private final BrowserPageFetcher browserFetcher;

    PageFetchers(StaticPageFetcher staticFetcher, BrowserPageFetcher browserFetcher) {
        this.staticFetcher = staticFetcher;
        this.browserFetcher = browserFetcher;
    }

    public FetchedPage fetch(URI url, RenderMode mode) throws FetchException {
        return mode == RenderMode.BROWSER ? browserFetcher.fetch(url) : staticFetcher.fetch(url);
    }

    public FetchedPage fetchJson(URI url) throws FetchException {
        return staticFetcher.fetchJson(url);
    }

    public boolean browserAvailable() {
        return browserFetcher.available();
    }
}

package com.careergpt.service.scraping.fetch;

import java.net.URI;

/** Fetches one page with every safety rule applied (SSRF guard per hop, robots.txt, politeness, limits). */
public interface PageFetcher {

    FetchedPage fetch(URI url) throws FetchException;
}

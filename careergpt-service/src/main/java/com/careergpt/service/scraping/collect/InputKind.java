package com.careergpt.service.scraping.collect;

/** What a collection item holds: a URL to fetch, pasted HTML or text, or one posting read from a job-board feed. */
enum InputKind {
    URL, HTML, TEXT, POSTING
}

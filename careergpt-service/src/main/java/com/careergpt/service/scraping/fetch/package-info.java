/**
 * Fetching pages: the SSRF guard and its DNS resolver other outgoing calls use too, fetched pages and fetch failures.
 */
@NamedInterface("fetch")
package com.careergpt.service.scraping.fetch;

import org.springframework.modulith.NamedInterface;

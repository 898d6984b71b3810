/**
 * Reads a job posting out of a fetched page (JSON-LD, microdata, then the page's own headings and facts).
 */
@NamedInterface("extract")
package com.careergpt.service.scraping.extract;

import org.springframework.modulith.NamedInterface;

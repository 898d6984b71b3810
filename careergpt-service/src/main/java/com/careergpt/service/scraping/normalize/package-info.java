/**
 * Normalises a posting's parts: salaries, locations, dates, canonical URLs and text.
 */
@NamedInterface("normalize")
package com.careergpt.service.scraping.normalize;

import org.springframework.modulith.NamedInterface;

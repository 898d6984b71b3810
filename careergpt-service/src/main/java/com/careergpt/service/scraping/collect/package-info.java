/**
 * Collections of URLs and feeds: starting one, its progress and counts, {@code CollectionCompleted}, and the
 * {@code ModelFieldSource} a language model implements to fill the fields the extractor missed.
 */
@NamedInterface("collect")
package com.careergpt.service.scraping.collect;

import org.springframework.modulith.NamedInterface;

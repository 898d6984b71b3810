package com.careergpt.service.scraping.jobs;

import java.util.List;

/** One page of jobs: the items, the page asked for and how many there are in all. */
public record JobPage(List<JobView> items, int page, int size, long totalItems, int totalPages) {
}

package com.careergpt.service.results;

import java.util.List;

/** One page of a user's results, newest first. */
public record ResultPage(List<ResultView> items, int page, int size, long total, int totalPages) {
}

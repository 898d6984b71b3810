package com.careergpt.service.scraping.collect;

import java.util.List;

/** One page of a user's collections, newest first, without their items (the shape of the other listings). */
public record CollectionPage(List<CollectionView> items, int page, int size, long total, int totalPages) {
}

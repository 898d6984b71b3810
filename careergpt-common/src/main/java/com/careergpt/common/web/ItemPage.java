package com.careergpt.common.web;

import java.util.List;

/**
 * One page of a listing, the shape every paged endpoint answers: the items, the page asked for (from 0), its size,
 * how many items there are in all and how many pages they fill.
 */
public record ItemPage<T>(List<T> items, int page, int size, long total, int totalPages) {

    public ItemPage {
        items = List.copyOf(items);
    }

    /** A page of {@code size} items out of {@code total}, with the number of pages computed. */
    public static <T> ItemPage<T> of(List<T> items, int page, int size, long total) {
        return new ItemPage<>(items, page, size, total, size <= 0 ? 0 : (int) ((total + size - 1) / size));
    }
}

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
}

package com.careergpt.service.scraping.collect;

import java.io.Serializable;

/** Key of a collection item: its collection and its position in it. */
record CollectionItemId(String collectionId, int position) implements Serializable {
}

package com.careergpt.service.scraping.collect;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CollectionItemRepository extends JpaRepository<CollectionItem, CollectionItemId> {

    List<CollectionItem> findByCollectionIdOrderByPosition(String collectionId);
}

package com.careergpt.service.scraping.collect;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CollectionRepository extends JpaRepository<JobCollection, String> {

    List<JobCollection> findByStatusNot(CollectionStatus status);

    Page<JobCollection> findByUserId(String userId, Pageable page);
}

package com.careergpt.service.sources;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SourceRepository extends JpaRepository<Source, String> {

    List<Source> findByUserIdOrderByCreatedAt(String userId);
}

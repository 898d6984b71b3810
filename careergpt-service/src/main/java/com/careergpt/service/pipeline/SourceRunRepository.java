package com.careergpt.service.pipeline;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SourceRunRepository extends JpaRepository<SourceRun, String> {

    List<SourceRun> findBySourceIdOrderByStartedAtDesc(String sourceId);

    long countBySourceId(String sourceId);
}

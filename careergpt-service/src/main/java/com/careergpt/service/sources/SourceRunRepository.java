package com.careergpt.service.sources;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SourceRunRepository extends JpaRepository<SourceRun, String> {

    List<SourceRun> findBySourceIdOrderByStartedAtDesc(String sourceId);

    long countBySourceId(String sourceId);

    Optional<SourceRun> findFirstBySourceIdAndTriggerOrderByStartedAtDesc(String sourceId, RunTrigger trigger);
}

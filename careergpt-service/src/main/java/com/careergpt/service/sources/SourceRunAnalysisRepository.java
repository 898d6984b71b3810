package com.careergpt.service.sources;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SourceRunAnalysisRepository extends JpaRepository<SourceRunAnalysis, SourceRunAnalysis.Key> {

    List<SourceRunAnalysis> findByRunIdOrderByAnalysedAt(String runId);
}

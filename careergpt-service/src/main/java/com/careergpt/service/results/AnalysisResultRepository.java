package com.careergpt.service.results;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnalysisResultRepository extends JpaRepository<AnalysisResult, String> {

    Page<AnalysisResult> findByOwnerId(String ownerId, Pageable page);

    Page<AnalysisResult> findByOwnerIdAndTask(String ownerId, String task, Pageable page);

    Optional<AnalysisResult> findByIdAndOwnerId(String id, String ownerId);
}

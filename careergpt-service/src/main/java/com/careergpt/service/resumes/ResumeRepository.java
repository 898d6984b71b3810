package com.careergpt.service.resumes;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResumeRepository extends JpaRepository<Resume, String> {

    Page<Resume> findByOwnerId(String ownerId, Pageable page);

    Optional<Resume> findByIdAndOwnerId(String id, String ownerId);
}

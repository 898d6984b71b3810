package com.careergpt.service.scraping.jobs;

import org.springframework.data.jpa.repository.JpaRepository;

interface RawPageRepository extends JpaRepository<RawPage, String> {
}

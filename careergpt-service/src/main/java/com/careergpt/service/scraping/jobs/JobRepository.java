package com.careergpt.service.scraping.jobs;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface JobRepository extends JpaRepository<StoredJob, String>, JpaSpecificationExecutor<StoredJob> {

    List<StoredJob> findByCanonicalUrlOrderByFirstSeen(String canonicalUrl);

    @Query("select j from StoredJob j where j.duplicateOf = :id or j.id = :id order by j.firstSeen")
    List<StoredJob> findCluster(String id);

    @Query("select new com.careergpt.service.scraping.jobs.FingerprintRow(j.id, j.contentHash, j.simhash, j.companyKey, j.titleKey, j.duplicateOf) from StoredJob j")
    List<FingerprintRow> findAllFingerprints();

    @Query("select new com.careergpt.service.scraping.jobs.FingerprintRow(j.id, j.contentHash, j.simhash, j.companyKey, j.titleKey, j.duplicateOf) from StoredJob j where j.storeSeq > :sequence")
    List<FingerprintRow> findFingerprintsStoredAfter(long sequence);

    @Query("select j.id from StoredJob j where j.duplicateOf is not null")
    List<String> findDuplicateIds();
}

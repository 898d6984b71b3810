package com.careergpt.service.scraping.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A collected job post: the normalized fields, its fingerprints for de-duplication and its provenance. */
@Entity
@Table(name = "jobs")
class StoredJob {

    @Id
    private String id;

    @Column(name = "canonical_url")
    private String canonicalUrl;

    @Column(name = "source_url")
    private String sourceUrl;

    @Column(nullable = false)
    private String title;

    private String company;

    @Column(name = "company_key")
    private String companyKey;

    @Column(name = "title_key")
    private String titleKey;

    private String city;
    private String region;
    private String country;
    private String remote;

    @Column(name = "salary_min")
    private BigDecimal salaryMin;

    @Column(name = "salary_max")
    private BigDecimal salaryMax;

    @Column(name = "salary_currency")
    private String salaryCurrency;

    @Column(name = "salary_period")
    private String salaryPeriod;

    @Column(name = "salary_source")
    private String salarySource;

    @Column(name = "salary_yearly_min")
    private BigDecimal salaryYearlyMin;

    @Column(name = "salary_yearly_max")
    private BigDecimal salaryYearlyMax;

    @Column(name = "salary_flag")
    private String salaryFlag;

    @Column(name = "employment_type")
    private String employmentType;

    private String seniority;

    @Column(name = "date_posted")
    private LocalDate datePosted;

    @Column(name = "valid_through")
    private LocalDate validThrough;

    @Column(name = "apply_url")
    private String applyUrl;

    private String description;

    @Column(name = "description_markdown")
    private String descriptionMarkdown;

    /** The skills in the order the post names them, as a JSON array. */
    @Column(name = "skills", nullable = false)
    private String skillsJson;

    /** The same skills as rows, for filtering and statistics. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "job_skills", joinColumns = @JoinColumn(name = "job_id"))
    @Column(name = "skill")
    private Set<String> skillSet = new LinkedHashSet<>();

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(nullable = false)
    private long simhash;

    @Column(name = "duplicate_of")
    private String duplicateOf;

    @Column(name = "duplicate_kind")
    private String duplicateKind;

    @Column(nullable = false)
    private String fetcher;

    @Column(nullable = false)
    private String extractor;

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    /** Fields a language model filled, as a JSON object of field name to source; null when the rules gave all. */
    @Column(name = "field_sources")
    private String fieldSourcesJson;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    @Column(name = "collected_by")
    private String collectedBy;

    /** When this version of the job was stored, in the order of all instances' stores (see JobStore). */
    @Column(name = "store_seq")
    private Long storeSeq;

    @Version
    private Long version;

    protected StoredJob() {
    }

    StoredJob(String id, Instant firstSeen, String collectedBy) {
        this.id = id;
        this.firstSeen = firstSeen;
        this.lastSeen = firstSeen;
        this.collectedBy = collectedBy;
    }

    String id() { return id; }
    String canonicalUrl() { return canonicalUrl; }
    String sourceUrl() { return sourceUrl; }
    String title() { return title; }
    String company() { return company; }
    String companyKey() { return companyKey; }
    String titleKey() { return titleKey; }
    String city() { return city; }
    String region() { return region; }
    String country() { return country; }
    String remote() { return remote; }
    BigDecimal salaryMin() { return salaryMin; }
    BigDecimal salaryMax() { return salaryMax; }
    String salaryCurrency() { return salaryCurrency; }
    String salaryPeriod() { return salaryPeriod; }
    String salarySource() { return salarySource; }
    BigDecimal salaryYearlyMin() { return salaryYearlyMin; }
    BigDecimal salaryYearlyMax() { return salaryYearlyMax; }
    String salaryFlag() { return salaryFlag; }
    String employmentType() { return employmentType; }
    String seniority() { return seniority; }
    LocalDate datePosted() { return datePosted; }
    LocalDate validThrough() { return validThrough; }
    String applyUrl() { return applyUrl; }
    String description() { return description; }
    String descriptionMarkdown() { return descriptionMarkdown; }
    String skillsJson() { return skillsJson; }
    String contentHash() { return contentHash; }
    long simhash() { return simhash; }
    String duplicateOf() { return duplicateOf; }
    String duplicateKind() { return duplicateKind; }
    String fetcher() { return fetcher; }
    String extractor() { return extractor; }
    Instant fetchedAt() { return fetchedAt; }
    String fieldSourcesJson() { return fieldSourcesJson; }
    Instant firstSeen() { return firstSeen; }
    Instant lastSeen() { return lastSeen; }
    String collectedBy() { return collectedBy; }

    void storedAs(long sequence) {
        this.storeSeq = sequence;
    }

    void seenAgain(Instant now) {
        this.lastSeen = now;
    }

    void markDuplicateOf(String originalId, String kind) {
        this.duplicateOf = originalId;
        this.duplicateKind = kind;
    }

    /** Copies every field a posting can change; identity, first sighting and duplicate link stay. */
    void apply(JobRecord record, Instant now) {
        this.canonicalUrl = record.canonicalUrl();
        this.sourceUrl = record.sourceUrl();
        this.title = record.title();
        this.company = record.company();
        this.companyKey = record.companyKey();
        this.titleKey = record.titleKey();
        this.city = record.city();
        this.region = record.region();
        this.country = record.country();
        this.remote = record.remote();
        this.salaryMin = record.salaryMin();
        this.salaryMax = record.salaryMax();
        this.salaryCurrency = record.salaryCurrency();
        this.salaryPeriod = record.salaryPeriod();
        this.salarySource = record.salarySource();
        this.salaryYearlyMin = record.salaryYearlyMin();
        this.salaryYearlyMax = record.salaryYearlyMax();
        this.salaryFlag = record.salaryFlag();
        this.employmentType = record.employmentType();
        this.seniority = record.seniority();
        this.datePosted = record.datePosted();
        this.validThrough = record.validThrough();
        this.applyUrl = record.applyUrl();
        this.description = record.description();
        this.descriptionMarkdown = record.descriptionMarkdown();
        this.skillsJson = record.skillsJson();
        this.skillSet.clear();
        this.skillSet.addAll(record.skills());
        this.contentHash = record.contentHash();
        this.simhash = record.simhash();
        this.fetcher = record.fetcher();
        this.extractor = record.extractor();
        this.fetchedAt = record.fetchedAt();
        this.fieldSourcesJson = record.fieldSourcesJson();
        this.lastSeen = now;
    }
}

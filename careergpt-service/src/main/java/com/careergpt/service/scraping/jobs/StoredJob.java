package com.careergpt.service.scraping.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.EmbeddedColumnNaming;

import com.careergpt.service.scraping.EmploymentType;
import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.Provenance;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.Salary;
import com.careergpt.service.scraping.Seniority;

/**
 * A collected job post: the normalized fields, its fingerprints for de-duplication and its provenance. Columns take
 * the fields' names in snake case; the salary's are prefixed ({@code salary_min}), the provenance's source is
 * {@code source_url}. Location and salary are null when none of their columns has a value.
 */
@Entity
@Table(name = "jobs")
class StoredJob {

    @Id
    private String id;

    private String canonicalUrl;

    @Column(nullable = false)
    private String title;

    private String company;

    private String companyKey;

    private String titleKey;

    @Embedded
    private Location location;

    @Convert(converter = JsonNamedColumns.RemoteModes.class)
    private RemoteMode remote;

    @Embedded
    @EmbeddedColumnNaming("salary_%s")
    @Convert(attributeName = "period", converter = JsonNamedColumns.SalaryPeriods.class)
    private Salary salary;

    @Convert(converter = JsonNamedColumns.EmploymentTypes.class)
    private EmploymentType employmentType;

    @Convert(converter = JsonNamedColumns.Seniorities.class)
    private Seniority seniority;

    private LocalDate datePosted;

    private LocalDate validThrough;

    private String applyUrl;

    private String description;

    private String descriptionMarkdown;

    /** The skills in the order the post names them, as a JSON array. */
    @Column(name = "skills", nullable = false)
    private String skillsJson;

    /** The same skills as rows, for filtering and statistics. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "job_skills", joinColumns = @JoinColumn(name = "job_id"))
    @Column(name = "skill")
    private Set<String> skillSet = new LinkedHashSet<>();

    @Column(nullable = false)
    private String contentHash;

    @Column(nullable = false)
    private long simhash;

    private String duplicateOf;

    private String duplicateKind;

    @Embedded
    @AttributeOverride(name = "source", column = @Column(name = "source_url"))
    private Provenance provenance;

    /** Fields a language model filled, as a JSON object of field name to source; null when the rules gave all. */
    @Column(name = "field_sources")
    private String fieldSourcesJson;

    @Column(nullable = false)
    private Instant firstSeen;

    @Column(nullable = false)
    private Instant lastSeen;

    private String collectedBy;

    /** When this version of the job was stored, in the order of all instances' stores (see JobStore). */
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
    String title() { return title; }
    String company() { return company; }
    String companyKey() { return companyKey; }
    String titleKey() { return titleKey; }
    Location location() { return location; }
    RemoteMode remote() { return remote; }
    Salary salary() { return salary; }
    EmploymentType employmentType() { return employmentType; }
    Seniority seniority() { return seniority; }
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
    Provenance provenance() { return provenance; }
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
        this.title = record.title();
        this.company = record.company();
        this.companyKey = record.companyKey();
        this.titleKey = record.titleKey();
        this.location = record.location();
        this.remote = record.remote();
        this.salary = record.salary();
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
        this.provenance = record.provenance();
        this.fieldSourcesJson = record.fieldSourcesJson();
        this.lastSeen = now;
    }
}

package com.careergpt.service.scraping.jobs;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import com.careergpt.common.web.ItemPage;
import com.careergpt.common.web.PageParams;
import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.service.scraping.dedup.CompanyNames;
import com.careergpt.service.skills.Skill;
import com.careergpt.service.skills.SkillTaxonomy;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The read side of the job store: filtered pages, one job, its raw page and its duplicate cluster. */
@Service
@Validated
@Transactional(readOnly = true)
public class JobQueries {

    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final JobRepository jobs;
    private final RawPageRepository rawPages;
    private final SkillTaxonomy taxonomy;
    private final JsonMapper json;
    private final EntityManager entities;

    JobQueries(JobRepository jobs, RawPageRepository rawPages, SkillTaxonomy taxonomy, JsonMapper json,
            EntityManager entities) {
        this.entities = entities;
        this.jobs = jobs;
        this.rawPages = rawPages;
        this.taxonomy = taxonomy;
        this.json = json;
    }

    public JobPage search(@Valid JobFilter filter, @Valid PageParams paging) {
        String skill = canonicalSkill(filter);
        String companyKey = filter.company() == null ? null : CompanyNames.normalize(filter.company());
        Page<StoredJob> found = jobs.findAll(JobSpecifications.matching(filter, skill, companyKey),
                PageRequest.of(paging.page(), paging.size(),
                        Sort.by(Sort.Order.desc("firstSeen"), Sort.Order.asc("id"))));
        List<JobView> items = found.getContent().stream().map(job -> view(job, false)).toList();
        return new JobPage(new ItemPage<>(items, paging.page(), paging.size(), found.getTotalElements(),
                found.getTotalPages()));
    }

    /** The jobs with these ids that exist, in the order of {@code ids}. */
    public List<JobView> views(Collection<String> ids, boolean withDescription) {
        Map<String, StoredJob> found = new HashMap<>();
        jobs.findAllById(ids).forEach(job -> found.put(job.id(), job));
        return ids.stream().map(found::get).filter(Objects::nonNull).map(job -> view(job, withDescription)).toList();
    }

    /**
     * Ids of the jobs passing every filter but the free text, for searches that rank by something else. Linked
     * duplicates are left out unless the filter includes them.
     */
    public Set<String> idsMatching(JobFilter filter) {
        JobFilter withoutText = new JobFilter(null, filter.company(), filter.location(), filter.remote(),
                filter.salaryMin(), filter.salaryMax(), filter.currency(), filter.skill(), filter.postedSince(),
                filter.includeDuplicates());
        String skill = canonicalSkill(withoutText);
        String companyKey = withoutText.company() == null ? null : CompanyNames.normalize(withoutText.company());
        CriteriaBuilder criteria = entities.getCriteriaBuilder();
        CriteriaQuery<String> query = criteria.createQuery(String.class);
        Root<StoredJob> root = query.from(StoredJob.class);
        Predicate matching = JobSpecifications.matching(withoutText, skill, companyKey).toPredicate(root, query, criteria);
        query.select(root.get("id"));
        if (matching != null) {
            query.where(matching);
        }
        return new HashSet<>(entities.createQuery(query).getResultList());
    }

    /** Ids of the jobs linked to an original as its duplicates. */
    public Set<String> duplicateIds() {
        return new HashSet<>(jobs.findDuplicateIds());
    }

    public JobView get(String id) {
        return view(find(id), true);
    }

    public RawPageView raw(String id) {
        StoredJob job = find(id);
        RawPage raw = rawPages.findById(job.id()).orElseThrow(() -> notFound(id));
        return new RawPageView(job.id(), raw.fetchedUrl(), raw.contentType(), job.provenance().fetchedAt(), raw.body());
    }

    /** The original and every post linked to it as a duplicate, oldest first. */
    public List<JobView> cluster(String id) {
        StoredJob job = find(id);
        String root = job.duplicateOf() == null ? job.id() : job.duplicateOf();
        return jobs.findCluster(root).stream().map(member -> view(member, false)).toList();
    }

    private String canonicalSkill(JobFilter filter) {
        return filter.skill() == null ? null
                : taxonomy.lookup(filter.skill()).map(Skill::name).orElse(filter.skill().trim());
    }

    private StoredJob find(String id) {
        return jobs.findById(id).orElseThrow(() -> notFound(id));
    }

    private JobView view(StoredJob job, boolean withDescription) {
        Map<String, String> filled = job.fieldSourcesJson() == null ? Map.of()
                : json.readValue(job.fieldSourcesJson(), STRING_MAP);
        return JobView.of(job, json.readValue(job.skillsJson(), STRING_LIST), filled, withDescription);
    }

    static ProblemException notFound(String id) {
        return new ProblemException(ProblemType.JOB_NOT_FOUND, "No job with id " + id + ".").with("field", "id");
    }
}

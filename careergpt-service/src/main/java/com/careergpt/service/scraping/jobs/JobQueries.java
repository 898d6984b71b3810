package com.careergpt.service.scraping.jobs;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.careergpt.common.web.ProblemException;
import com.careergpt.service.scraping.dedup.CompanyNames;
import com.careergpt.service.skills.Skill;
import com.careergpt.service.skills.SkillTaxonomy;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The read side of the job store: filtered pages, one job, its raw page and its duplicate cluster. */
@Service
@Transactional(readOnly = true)
public class JobQueries {

    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {
    };

    private final JobRepository jobs;
    private final RawPageRepository rawPages;
    private final SkillTaxonomy taxonomy;
    private final JsonMapper json;

    JobQueries(JobRepository jobs, RawPageRepository rawPages, SkillTaxonomy taxonomy, JsonMapper json) {
        this.jobs = jobs;
        this.rawPages = rawPages;
        this.taxonomy = taxonomy;
        this.json = json;
    }

    public JobPage search(JobFilter filter, int page, int size) {
        String skill = filter.skill() == null ? null
                : taxonomy.lookup(filter.skill()).map(Skill::name).orElse(filter.skill().trim());
        String companyKey = filter.company() == null ? null : CompanyNames.normalize(filter.company());
        Page<StoredJob> found = jobs.findAll(JobSpecifications.matching(filter, skill, companyKey),
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("firstSeen"), Sort.Order.asc("id"))));
        List<JobView> items = found.getContent().stream().map(job -> view(job, false)).toList();
        return new JobPage(items, page, size, found.getTotalElements(), found.getTotalPages());
    }

    public JobView get(String id) {
        return view(find(id), true);
    }

    public RawPageView raw(String id) {
        StoredJob job = find(id);
        RawPage raw = rawPages.findById(job.id()).orElseThrow(() -> notFound(id));
        return new RawPageView(job.id(), raw.fetchedUrl(), raw.contentType(), job.fetchedAt(), raw.body());
    }

    /** The original and every post linked to it as a duplicate, oldest first. */
    public List<JobView> cluster(String id) {
        StoredJob job = find(id);
        String root = job.duplicateOf() == null ? job.id() : job.duplicateOf();
        return jobs.findCluster(root).stream().map(member -> view(member, false)).toList();
    }

    private StoredJob find(String id) {
        return jobs.findById(id).orElseThrow(() -> notFound(id));
    }

    private JobView view(StoredJob job, boolean withDescription) {
        return JobView.of(job, json.readValue(job.skillsJson(), STRING_LIST), withDescription);
    }

    static ProblemException notFound(String id) {
        return new ProblemException(HttpStatus.NOT_FOUND, "job-not-found", "Job not found",
                "No job with id " + id + ".").with("field", "id");
    }
}

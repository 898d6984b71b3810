package com.careergpt.service.scraping.jobs;

import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.careergpt.common.web.PageParams;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/jobs")
@Tag(name = "Jobs", description = "Collected, normalized and de-duplicated job posts")
class JobController {

    private final JobQueries queries;

    JobController(JobQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Search stored jobs (linked duplicates hidden unless includeDuplicates=true)")
    JobPage search(@RequestParam(required = false) String q,
            @ParameterObject JobFilterParams filter,
            @ParameterObject PageParams paging) {
        return queries.search(filter.toFilter(q), paging);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One job with its description and provenance")
    JobView get(@PathVariable String id) {
        return queries.get(id);
    }

    @GetMapping("/{id}/raw")
    @Operation(summary = "The raw page the job was read from, as JSON (never rendered as HTML)")
    RawPageView raw(@PathVariable String id) {
        return queries.raw(id);
    }

    @GetMapping("/{id}/duplicates")
    @Operation(summary = "The job's duplicate cluster: the original and every post linked to it")
    List<JobView> duplicates(@PathVariable String id) {
        return queries.cluster(id);
    }
}

package com.careergpt.service.search;

import static com.careergpt.common.web.ProblemException.badParameter;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.careergpt.common.web.PageParams;

import com.careergpt.service.scraping.jobs.JobFilterParams;
import com.careergpt.service.scraping.jobs.SearchText;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Jobs")
class JobSearchController {

    static final int MAX_QUERY_CHARS = 1000;

    private final SemanticJobSearch search;

    JobSearchController(SemanticJobSearch search) {
        this.search = search;
    }

    @GetMapping("/api/jobs/search")
    @Operation(summary = "Search stored jobs by meaning",
            description = "Embeds q with the jobs' embedding model and answers the closest jobs first, each with its "
                    + "similarity. The filters of GET /api/jobs apply; at most the first 1000 results can be paged.")
    JobSearchPage search(@Parameter(description = "What to look for, in words", required = true)
            @RequestParam(required = false) String q,
            @ParameterObject JobFilterParams filter,
            @ParameterObject PageParams paging) {
        String query = SearchText.clean(q);
        if (query == null || query.isEmpty()) {
            throw badParameter("q", "Say what to look for in q, e.g. q=backend engineer kotlin.");
        }
        if (query.length() > MAX_QUERY_CHARS) {
            throw badParameter("q", "q is longer than " + MAX_QUERY_CHARS + " characters.");
        }
        return search.search(query, filter.toFilter(null), paging);
    }
}

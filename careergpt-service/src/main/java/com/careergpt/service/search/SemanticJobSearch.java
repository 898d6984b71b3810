package com.careergpt.service.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.validation.Valid;

import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

import com.careergpt.common.web.PageParams;
import com.careergpt.common.web.PageWithin;
import com.careergpt.service.embeddings.JobVectors;
import com.careergpt.service.embeddings.Neighbor;
import com.careergpt.service.scraping.jobs.JobFilter;
import com.careergpt.service.scraping.jobs.JobQueries;
import com.careergpt.service.scraping.jobs.JobView;

/**
 * Finds stored jobs by meaning: the query is embedded with the jobs' model and compared with every job vector that
 * passes the filters; the closest come first. Only the first {@link #MAX_RESULTS} results can be paged through.
 */
@Service
@Validated
public class SemanticJobSearch {

    public static final int MAX_RESULTS = 1000;

    private final JobVectors vectors;
    private final JobQueries jobs;

    SemanticJobSearch(JobVectors vectors, JobQueries jobs) {
        this.vectors = vectors;
        this.jobs = jobs;
    }

    public JobSearchPage search(String query, @Valid JobFilter filter,
            @Valid @PageWithin(MAX_RESULTS) PageParams paging) {
        int page = paging.page();
        int size = paging.size();
        int wanted = Math.min(MAX_RESULTS, (page + 1) * size);
        List<Neighbor> nearest = nearest(vectors.embedQuery(query), wanted, filter);
        List<Neighbor> onPage = page * size >= nearest.size() ? List.of()
                : nearest.subList(page * size, Math.min(nearest.size(), (page + 1) * size));
        return new JobSearchPage(hits(onPage), query, vectors.model(), page, size,
                nearest.size() == wanted && wanted < MAX_RESULTS);
    }

    /** The {@code k} jobs passing {@code filter} closest to a vector of the jobs' model, best first. */
    public List<Neighbor> nearest(float[] vector, int k, JobFilter filter) {
        return vectors.nearest(vector, k, allowed(filter));
    }

    private Predicate<String> allowed(JobFilter filter) {
        if (filter.restrictsMoreThanDuplicates()) {
            Set<String> matching = jobs.idsMatching(filter);
            return matching::contains;
        }
        if (filter.includeDuplicates()) {
            return id -> true;
        }
        Set<String> duplicates = jobs.duplicateIds();
        return id -> !duplicates.contains(id);
    }

    private List<JobSearchHit> hits(List<Neighbor> neighbors) {
        Map<String, JobView> views = new HashMap<>();
        jobs.views(neighbors.stream().map(Neighbor::id).toList(), false).forEach(view -> views.put(view.id(), view));
        List<JobSearchHit> hits = new ArrayList<>();
        for (Neighbor neighbor : neighbors) {
            JobView view = views.get(neighbor.id());
            if (view != null) {
                hits.add(new JobSearchHit(Math.round(neighbor.similarity() * 10_000) / 10_000.0, view));
            }
        }
        return hits;
    }
}

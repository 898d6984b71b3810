package com.careergpt.service.results;

import static com.careergpt.common.web.ProblemException.badParameter;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.careergpt.common.web.ItemPage;
import com.careergpt.service.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/results")
@Tag(name = "Results", description = "Every analysis and match you ran, kept for you")
class ResultController {

    static final int MAX_PAGE_SIZE = 100;

    private final ResultStore results;

    ResultController(ResultStore results) {
        this.results = results;
    }

    @GetMapping
    @Operation(summary = "Your results, newest first (a guest sees its own too; reading is not an action)")
    ItemPage<ResultView> list(@Parameter(description = "Only this task, e.g. job_summary or match")
            @RequestParam(required = false) String task,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Caller caller) {
        if (page < 0) {
            throw badParameter("page", "page must be 0 or more.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw badParameter("size", "size must be between 1 and " + MAX_PAGE_SIZE + ".");
        }
        return results.list(caller.userId(), task == null || task.isBlank() ? null : task.strip(), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of your results with its whole output")
    ResultView get(@PathVariable String id, Caller caller) {
        return results.get(caller.userId(), id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete one of your results")
    ResponseEntity<Void> delete(@PathVariable String id, Caller caller) {
        results.delete(caller.userId(), id);
        return ResponseEntity.noContent().build();
    }
}

package com.careergpt.service.results;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.careergpt.common.web.ItemPage;
import com.careergpt.common.web.PageParams;
import com.careergpt.service.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/results")
@Tag(name = "Results", description = "Every analysis and match you ran, kept for you")
class ResultController {

    private final ResultStore results;

    ResultController(ResultStore results) {
        this.results = results;
    }

    @GetMapping
    @Operation(summary = "Your results, newest first (a guest sees its own too; reading is not an action)")
    ItemPage<ResultView> list(@Parameter(description = "Only this task, e.g. job_summary or match")
            @RequestParam(required = false) String task,
            @ParameterObject PageParams paging, Caller caller) {
        return results.list(caller.userId(), task == null || task.isBlank() ? null : task.strip(), paging);
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

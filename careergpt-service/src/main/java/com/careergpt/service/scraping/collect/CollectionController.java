package com.careergpt.service.scraping.collect;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.careergpt.common.web.ItemPage;
import com.careergpt.common.web.PageParams;
import com.careergpt.service.security.Caller;
import com.careergpt.service.security.GuestAction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Collections", description = "Collect job posts from URLs, job-board feeds, pasted HTML or text")
class CollectionController {

    private final CollectionService collections;

    CollectionController(CollectionService collections) {
        this.collections = collections;
    }

    @PostMapping("/api/jobs/collect")
    @GuestAction
    @Operation(summary = "Collect job posts: 202 with the collection to follow, or 200 when finished with wait=true")
    ResponseEntity<CollectionView> collect(@RequestBody CollectRequest request,
            @RequestParam(defaultValue = "false") boolean wait, Caller caller) {
        CollectionView submitted = collections.submit(request, caller);
        CollectionView answer = wait ? collections.await(submitted.id()) : submitted;
        HttpStatus status = answer.finished() ? HttpStatus.OK : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status)
                .location(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/collections/{id}").buildAndExpand(answer.id()).toUri())
                .body(answer);
    }

    @GetMapping("/api/collections")
    @Operation(summary = "Your collections, newest first, without their items (20 a page by default)")
    ItemPage<CollectionView> recent(@ParameterObject PageParams paging, Caller caller) {
        return collections.recent(caller, paging);
    }

    @GetMapping("/api/collections/{id}")
    @Operation(summary = "A collection's status, progress and per-source outcomes")
    CollectionView get(@PathVariable String id, Caller caller) {
        return collections.get(id, caller);
    }

    @GetMapping(path = "/api/collections/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events: progress after each source, then done")
    SseEmitter events(@PathVariable String id, Caller caller) {
        return collections.stream(id, caller);
    }
}

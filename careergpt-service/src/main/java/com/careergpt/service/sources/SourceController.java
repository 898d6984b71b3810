package com.careergpt.service.sources;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.careergpt.service.security.Caller;
import com.careergpt.service.security.GuestAction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Sources", description = "Saved sources collected on a schedule, on request or by a signed hook")
class SourceController {

    private final SourceService sources;

    SourceController(SourceService sources) {
        this.sources = sources;
    }

    @PostMapping("/api/sources")
    @GuestAction
    @Operation(summary = "Save a source (URLs, a Greenhouse/Lever feed, or a feed search) with its cron schedule",
            description = "201 with the source, its inbound hook secret (shown once) and, unless runOnCreate=false, "
                    + "the id of the run started now.")
    @ApiResponse(responseCode = "400", description = "Invalid kind, URL, board, company, query or schedule (field)")
    ResponseEntity<SourceView> create(@RequestBody SourceRequest request, Caller caller) {
        SourceView created = sources.create(request, caller);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/sources/{id}").buildAndExpand(created.id()).toUri()).body(created);
    }

    @GetMapping("/api/sources")
    @Operation(summary = "Your saved sources")
    List<SourceView> list(Caller caller) {
        return sources.list(caller);
    }

    @GetMapping("/api/sources/{id}")
    @Operation(summary = "One of your sources")
    SourceView get(@PathVariable String id, Caller caller) {
        return sources.get(id, caller);
    }

    @DeleteMapping("/api/sources/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a source, its schedule, runs and webhooks")
    void delete(@PathVariable String id, Caller caller) {
        sources.delete(id, caller);
    }

    @PostMapping("/api/sources/{id}/run")
    @GuestAction
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Run a source now: 202 with the queued run")
    SourceRunView run(@PathVariable String id, Caller caller) {
        return sources.run(id, caller);
    }

    @GetMapping("/api/sources/{id}/runs")
    @Operation(summary = "A source's runs, newest first: trigger, status, times, counts and collection id")
    List<SourceRunView> runs(@PathVariable String id, Caller caller) {
        return sources.runs(id, caller);
    }

    @PostMapping("/api/hooks/sources/{id}/run")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Inbound hook: run a source, authenticated by the HMAC-SHA256 signature of the raw body",
            description = "Headers: X-CareerGPT-Timestamp (Unix seconds, within 5 minutes) and X-CareerGPT-Signature: "
                    + "sha256=hex(HMAC-SHA256(secret, timestamp + \".\" + body)). No token or cookie needed.")
    @ApiResponse(responseCode = "401", description = "Missing, wrong or expired signature, or unknown source")
    SourceRunView hook(@PathVariable String id,
            @Parameter(description = "Unix seconds") @RequestHeader(name = Signatures.TIMESTAMP_HEADER, required = false)
            String timestamp,
            @Parameter(description = "sha256=<hex>") @RequestHeader(name = Signatures.SIGNATURE_HEADER, required = false)
            String signature,
            @RequestBody(required = false) byte[] body) {
        return sources.runFromHook(id, timestamp, signature, body);
    }
}

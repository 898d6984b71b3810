package com.careergpt.service.matching;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.careergpt.service.llm.api.LlmCallers;
import com.careergpt.service.security.Caller;
import com.careergpt.service.security.GuestAction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Matching", description = "Resumes matched with jobs, scored locally like an ATS")
class MatchController {

    private final MatchService matches;

    MatchController(MatchService matches) {
        this.matches = matches;
    }

    @PostMapping("/api/match")
    @GuestAction
    @Operation(summary = "Match a resume with a job, or rank the stored jobs for it",
            description = "With jobId: the local score (skills, experience, domain, tools, achievements with their "
                    + "weights), the keyword table and missing keywords, then a model's explanation and suggestions, "
                    + "checked for claims the resume does not back. Without jobId: the stored jobs closest to the "
                    + "resume by meaning, ordered by their local score.")
    @ApiResponse(responseCode = "200", description = "A MatchAnswer (with jobId) or a RankingAnswer (without)",
            content = @Content(mediaType = "application/json", schema = @Schema(oneOf = {MatchAnswer.class,
                    RankingAnswer.class})))
    @ApiResponse(responseCode = "400", description = "resumeId missing or limit out of range (field names it)")
    @ApiResponse(responseCode = "404", description = "No such resume of yours, or no such job")
    Object match(@RequestBody(required = false) MatchRequest request, Caller caller) {
        return matches.answer(request == null ? MatchRequest.none() : request, LlmCallers.of(caller));
    }
}

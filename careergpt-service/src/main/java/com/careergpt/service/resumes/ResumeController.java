package com.careergpt.service.resumes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.careergpt.common.web.ItemPage;
import com.careergpt.common.web.PageParams;
import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.service.security.Caller;
import com.careergpt.service.security.GuestAction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/resumes")
@Tag(name = "Resumes", description = "Your resumes: uploaded, read, split into sections, kept for matching")
class ResumeController {

    private final ResumeService resumes;

    ResumeController(ResumeService resumes) {
        this.resumes = resumes;
    }

    /** A resume sent as JSON instead of a file. */
    record ResumeText(@Schema(description = "The resume as plain text", requiredMode = Schema.RequiredMode.REQUIRED)
            String text, @Schema(description = "A name to list it under") String name) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @GuestAction
    @Operation(summary = "Upload a resume (PDF, DOCX or plain text)",
            description = "The type is read from the content, not the file name. Answers 201 with the sections and "
                    + "skills read from it.")
    @ApiResponse(responseCode = "201", description = "Stored")
    @ApiResponse(responseCode = "400", description = "No file part, or an empty file (field: file)")
    @ApiResponse(responseCode = "413", description = "Larger than careergpt.resumes.max-upload-bytes")
    @ApiResponse(responseCode = "415", description = "Neither PDF, DOCX nor text")
    @ApiResponse(responseCode = "422", description = "Corrupt, password-protected or without a text layer")
    ResponseEntity<ResumeView> upload(@RequestPart(name = "file", required = false) MultipartFile file, Caller caller) {
        if (file == null) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "Send the resume as the multipart part named file.").with("field", "file");
        }
        try {
            return created(resumes.upload(caller.userId(), file.getOriginalFilename(), file.getBytes()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @GuestAction
    @Operation(summary = "Store a resume sent as text: {\"text\": \"...\", \"name\": \"optional\"}")
    ResponseEntity<ResumeView> uploadText(@RequestBody ResumeText body, Caller caller) {
        if (body == null || body.text() == null || body.text().isBlank()) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "Put the resume's text in text.").with("field", "text");
        }
        return created(resumes.upload(caller.userId(), body.name(), body.text().getBytes(StandardCharsets.UTF_8)));
    }

    @GetMapping
    @Operation(summary = "Your resumes, newest first")
    ItemPage<ResumeView> list(@ParameterObject PageParams paging, Caller caller) {
        return resumes.list(caller.userId(), paging);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of your resumes with its text and sections")
    ResumeView get(@PathVariable String id, Caller caller) {
        return resumes.get(caller.userId(), id);
    }

    @GetMapping("/{id}/original")
    @Operation(summary = "The file as you uploaded it (always as a download)")
    ResponseEntity<byte[]> original(@PathVariable String id, Caller caller) {
        ResumeService.Original original = resumes.original(caller.userId(), id);
        String name = original.fileName() == null ? "resume" : original.fileName();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(original.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(original.content());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete one of your resumes, its file and its vector")
    ResponseEntity<Void> delete(@PathVariable String id, Caller caller) {
        resumes.delete(caller.userId(), id);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<ResumeView> created(ResumeView view) {
        return ResponseEntity.created(URI.create("/api/resumes/" + view.id())).body(view);
    }
}

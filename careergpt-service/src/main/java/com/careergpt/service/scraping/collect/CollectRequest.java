package com.careergpt.service.scraping.collect;

import java.util.List;

import com.careergpt.common.web.ProblemType;
import com.careergpt.common.web.ProblemWhenInvalid;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What to collect: exactly one of a URL, a list of URLs, a pasted HTML page or pasted text. Pasted HTML or text may
 * come with the {@code url} it was copied from: that address is the posting's source, canonical URL and base for
 * relative links, and is never fetched.
 */
@Schema(description = "Exactly one of url, urls, html, text; html or text may come with the url they were copied from "
        + "(never fetched). render: auto (default), static or browser.")
@OneCollectSource
@ProblemWhenInvalid(ProblemType.INVALID_COLLECT_REQUEST)
public record CollectRequest(
        @Schema(example = "https://boards.greenhouse.io/acme/jobs/123")
        @Pattern(regexp = NOT_BLANK, message = "must not be blank")
        @Size(max = MAX_URL_CHARS, message = "is longer than 2048 characters") String url,
        @Size(min = 1, message = "must not be empty")
        List<@Pattern(regexp = NOT_BLANK, message = "must not be blank")
                @Size(max = MAX_URL_CHARS, message = "is longer than 2048 characters") String> urls,
        @Pattern(regexp = NOT_BLANK, message = "must not be blank") String html,
        @Pattern(regexp = NOT_BLANK, message = "must not be blank") String text,
        @Schema(allowableValues = {"auto", "static", "browser"})
        @Pattern(regexp = "(?i)\\s*(auto|static|browser)?\\s*", message = "must be one of auto, static, browser")
        String render) {

    static final int MAX_URL_CHARS = 2048;

    /** Some non-space character: absent is allowed, blank is not. */
    private static final String NOT_BLANK = "(?s).*\\S.*";

    /** Pasted HTML or text: {@code url} then only says where it was copied from. */
    boolean pasted() {
        return html != null || text != null;
    }
}

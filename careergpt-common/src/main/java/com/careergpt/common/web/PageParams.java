package com.careergpt.common.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The page of a listing a client asks for ({@code ?page=2&size=50}): a query object of the listing endpoints and the
 * argument of the services behind them, which validate it ({@code @Valid}), so a REST call and an MCP tool call get
 * the same {@code invalid-parameter} problem naming {@code page} or {@code size}. A value not given is its default.
 */
@ProblemWhenInvalid(ProblemType.INVALID_PARAMETER)
public record PageParams(
        @Parameter(description = "Page number, from 0", schema = @Schema(defaultValue = "0"))
        @Min(value = 0, message = "page must be between 0 and " + PageParams.MAX_PAGE + ".")
        @Max(value = PageParams.MAX_PAGE, message = "page must be between 0 and " + PageParams.MAX_PAGE + ".")
        Integer page,
        @Parameter(description = "Items per page, 1-" + PageParams.MAX_SIZE,
                schema = @Schema(defaultValue = "" + PageParams.DEFAULT_SIZE))
        @Min(value = 1, message = "size must be between 1 and " + PageParams.MAX_SIZE + ".")
        @Max(value = PageParams.MAX_SIZE, message = "size must be between 1 and " + PageParams.MAX_SIZE + ".")
        Integer size) {

    public static final int MAX_SIZE = 100;

    /** The last page whose first item a database can still be asked for: its offset must fit an {@code int}. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE - 1;

    public static final int DEFAULT_SIZE = 20;

    public PageParams {
        page = page == null ? 0 : page;
        size = size == null ? DEFAULT_SIZE : size;
    }

    /** The first page of {@code size} items. */
    public static PageParams first(int size) {
        return new PageParams(0, size);
    }
}

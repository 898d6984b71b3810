package com.careergpt.common.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above the cap with 413 {@code body-too-large} before anything reads them: a declared
 * {@code Content-Length} above it is refused at once; a chunked body is read up to the cap and refused as soon as it
 * passes it (a chunked upload must declare its length). Multipart uploads get a larger cap on the upload paths
 * only. Large bodies (and chunked ones) are handled a few at a time, so the memory they take is bounded too: a
 * flood of them gets 503 {@code server-busy} with {@code Retry-After}.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {


    private final long maxBodyBytes;
    private final long maxUploadBytes;
    private final List<String> uploadPaths;
    private final long largeBodyBytes;
    private final Semaphore largeBodies;
    private final ProblemWriter problems;

    public RequestBodyLimitFilter(HttpProperties properties, ProblemWriter problems) {
        this.maxBodyBytes = properties.maxBodyBytes().toBytes();
        this.maxUploadBytes = properties.maxUploadBytes().toBytes();
        this.uploadPaths = List.copyOf(properties.uploadPaths());
        this.largeBodyBytes = properties.largeBodyBytes().toBytes();
        this.largeBodies = new Semaphore(properties.maxConcurrentLargeBodies());
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = isMultipart(request) && isUploadPath(request);
        long limit = upload ? maxUploadBytes : maxBodyBytes;
        long length = request.getContentLengthLong();
        if (length > limit) {
            refuse(response, limit, "The request body has " + length + " bytes; at most " + limit + " are accepted.");
            return;
        }
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (chunked && upload) {
            refuse(response, limit, "Uploads must declare a Content-Length.");
            return;
        }
        if (!chunked && length <= largeBodyBytes) {
            chain.doFilter(request, response);
            return;
        }
        if (!largeBodies.tryAcquire()) {
            response.setHeader("Connection", "close");
            problems.write(response, new ProblemException(ProblemType.SERVER_BUSY, "Too many large requests are being handled at once; try again in a moment.")
                    .retryAfter(Duration.ofSeconds(1)));
            return;
        }
        try {
            HttpServletRequest toHandle = request;
            if (chunked) {
                byte[] body;
                try (InputStream in = request.getInputStream()) {
                    body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                }
                if (body.length > limit) {
                    refuse(response, limit, "The request body has more than " + limit + " bytes; at most " + limit
                            + " are accepted.");
                    return;
                }
                toHandle = new BufferedBodyRequest(request, body);
            }
            chain.doFilter(toHandle, response);
        }
        finally {
            largeBodies.release();
        }
    }

    private boolean isUploadPath(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return uploadPaths.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.regionMatches(true, 0, MediaType.MULTIPART_FORM_DATA_VALUE, 0,
                MediaType.MULTIPART_FORM_DATA_VALUE.length());
    }

    private void refuse(HttpServletResponse response, long limit, String detail) throws IOException {
        response.setHeader("Connection", "close");
        problems.write(response, new ProblemException(ProblemType.BODY_TOO_LARGE, detail)
                .with("maxBytes", limit));
    }
}

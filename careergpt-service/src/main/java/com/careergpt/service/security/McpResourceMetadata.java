package com.careergpt.service.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The MCP endpoint's OAuth 2.0 Protected Resource Metadata (RFC 9728), which the MCP authorization spec has a 401
 * point to ({@code resource_metadata}): the resource and that it takes bearer tokens in the header. It names no
 * authorization server: tokens come from the email sign-in ({@code /auth/**}), not from an OAuth flow.
 */
@RestController
@Hidden
class McpResourceMetadata {

    static final String PATH = "/.well-known/oauth-protected-resource/mcp";

    @GetMapping({PATH, "/.well-known/oauth-protected-resource"})
    Map<String, Object> metadata(HttpServletRequest request) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("resource", base(request) + "/mcp");
        metadata.put("bearer_methods_supported", List.of("header"));
        metadata.put("resource_name", "CareerGPT");
        return metadata;
    }

    static String url(HttpServletRequest request) {
        return base(request) + PATH;
    }

    private static String base(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}

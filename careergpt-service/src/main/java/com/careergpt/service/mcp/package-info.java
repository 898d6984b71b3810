/**
 * The MCP server: tools, resources and prompts over the other features, its sessions and their limits. It is a
 * facade, so it depends on many modules and nothing depends on it.
 */
@ApplicationModule(displayName = "MCP server", allowedDependencies = {
        "analytics :: market",
        "errors",
        "llm",
        "llm :: api",
        "matching",
        "requestlog",
        "results",
        "resumes",
        "scraping",
        "scraping :: collect",
        "scraping :: jobs",
        "search",
        "security"
})
package com.careergpt.service.mcp;

import org.springframework.modulith.ApplicationModule;

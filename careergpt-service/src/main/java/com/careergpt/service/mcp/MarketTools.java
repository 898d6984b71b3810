package com.careergpt.service.mcp;

import org.springframework.ai.mcp.annotation.McpTool;
import org.springframework.ai.mcp.annotation.McpToolParam;
import org.springframework.ai.mcp.annotation.context.McpSyncRequestContext;
import org.springframework.stereotype.Component;

import com.careergpt.service.analytics.market.MarketAnalytics;
import com.careergpt.service.analytics.market.MarketFilter;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** {@code GET /api/analytics/market} as a tool: a read, not an action. */
@Component
class MarketTools {

    private final MarketAnalytics analytics;
    private final ToolAnswers answers;

    MarketTools(MarketAnalytics analytics, ToolAnswers answers) {
        this.analytics = analytics;
        this.answers = answers;
    }

    @McpTool(name = "market_stats", title = "Job-market statistics",
            description = "Statistics over the collected job posts the filters select (linked duplicates never "
                    + "count): top skills and skill pairs, yearly salaries per title, seniority, country and city "
                    + "(per currency, with percentiles), remote share, top companies and locations, posts per week "
                    + "and rising skills. Filters combine with AND.",
            annotations = @McpTool.McpAnnotations(readOnlyHint = true, destructiveHint = false, openWorldHint = false))
    CallToolResult marketStats(McpSyncRequestContext context,
            @McpToolParam(description = "First day counted (yyyy-MM-dd), on date posted, else first seen", required = false) String from,
            @McpToolParam(description = "Last day counted (yyyy-MM-dd), inclusive", required = false) String to,
            @McpToolParam(description = "Words the title or description holds, each as a whole word, e.g. a job title", required = false) String q,
            @McpToolParam(description = "City contains this, or region or country (ISO code) is this", required = false) String location,
            @McpToolParam(description = "remote, hybrid or onsite", required = false) String remote,
            @McpToolParam(description = "Posts list this skill (name or alias)", required = false) String skill,
            @McpToolParam(description = "Rising skills: first day of the period compared with [from, to]", required = false) String compareFrom,
            @McpToolParam(description = "Rising skills: last day of the compared period, inclusive", required = false) String compareTo,
            @McpToolParam(description = "Entries per list, 1-100 (default 20)", required = false) Integer limit) {
        return answers.answer(context, caller -> analytics.report(MarketFilter.of(ToolInputs.date("from", from),
                ToolInputs.date("to", to), q, location, remote, skill, ToolInputs.date("compareFrom", compareFrom),
                ToolInputs.date("compareTo", compareTo), limit)));
    }
}

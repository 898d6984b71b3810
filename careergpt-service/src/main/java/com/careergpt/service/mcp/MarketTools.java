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
            @McpToolParam(required = false, description = "First day counted (yyyy-MM-dd), on "
                    + "date posted, else first seen")
            String from,
            @McpToolParam(required = false, description = "Last day counted (yyyy-MM-dd), inclusive") String to,
            @McpToolParam(required = false, description = "Words the title or description holds, each "
                    + "as a whole word, e.g. a job title")
            String q,
            @McpToolParam(required = false, description = "City contains this, or region or country (ISO code) is this")
            String location,
            @McpToolParam(required = false, description = "remote, hybrid or onsite") String remote,
            @McpToolParam(required = false, description = "Posts list this skill (name or alias)") String skill,
            @McpToolParam(required = false, description = "Rising skills: first day of "
                    + "the period compared with [from, to]")
            String compareFrom,
            @McpToolParam(required = false, description = "Rising skills: last day of the compared period, inclusive")
            String compareTo,
            @McpToolParam(required = false, description = "Entries per list, 1-100 (default 20)") Integer limit) {
        return answers.answer(context, caller -> analytics.report(MarketFilter.of(ToolInputs.date("from", from),
                ToolInputs.date("to", to), q, location, remote, skill, ToolInputs.date("compareFrom", compareFrom),
                ToolInputs.date("compareTo", compareTo), limit)));
    }
}

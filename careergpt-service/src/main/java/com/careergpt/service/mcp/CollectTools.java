package com.careergpt.service.mcp;

import java.util.List;

import org.springframework.ai.mcp.annotation.McpTool;
import org.springframework.ai.mcp.annotation.McpToolParam;
import org.springframework.ai.mcp.annotation.context.McpSyncRequestContext;
import org.springframework.stereotype.Component;

import com.careergpt.service.scraping.collect.CollectRequest;
import com.careergpt.service.scraping.collect.CollectionService;
import com.careergpt.service.scraping.collect.CollectionView;
import com.careergpt.service.security.VerifiedActions;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/**
 * {@code POST /api/jobs/collect} as a tool: the same action (counted against the caller's rate limit), the same
 * collection running in the background. While the tool waits for it, each finished source is a progress
 * notification to a client that sent a progress token.
 */
@Component
class CollectTools {

    private final CollectionService collections;
    private final VerifiedActions actions;
    private final ToolAnswers answers;

    CollectTools(CollectionService collections, VerifiedActions actions, ToolAnswers answers) {
        this.collections = collections;
        this.actions = actions;
        this.answers = answers;
    }

    @McpTool(name = "collect_jobs", title = "Collect job posts",
            description = "Fetches job posts from URLs (a post, a careers page or a job-board feed) or reads a pasted "
                    + "post, extracts, normalises and stores them, linking duplicates. Give exactly one of url, urls, "
                    + "text or html (text and html may come with the url they were copied from, never fetched). "
                    + "Counts as an action against your rate limit. Waits for the collection to finish (about a minute "
                    + "at most, progress reported per source) unless wait is false; an unfinished collection is "
                    + "followed with get_collection. Each item names the stored jobId.",
            annotations = @McpTool.McpAnnotations(readOnlyHint = false, destructiveHint = false, openWorldHint = true))
    CallToolResult collectJobs(McpSyncRequestContext context,
            @McpToolParam(required = false, description = "One address to collect from, or the "
                    + "address pasted text or html was copied from")
            String url,
            @McpToolParam(required = false, description = "Several addresses to collect from (at most 50)")
            List<String> urls,
            @McpToolParam(required = false, description = "A pasted job post as plain text") String text,
            @McpToolParam(required = false, description = "A pasted job page as HTML") String html,
            @McpToolParam(required = false, description = "How pages are fetched: auto (default), static or browser")
            String render,
            @McpToolParam(required = false, description = "Wait for the collection to finish (default true)")
            Boolean wait) {
        return answers.answer(context, caller -> {
            actions.admit(caller.caller());
            caller.actionAdmitted();
            CollectionView submitted = collections.submit(new CollectRequest(url, urls, html, text, render),
                    caller.caller());
            if (Boolean.FALSE.equals(wait)) {
                return submitted;
            }
            CollectionView collected = collections.await(submitted.id(), progress -> report(context, progress));
            report(context, collected);
            return collected;
        });
    }

    @McpTool(name = "get_collection", title = "Follow a collection",
            description = "A collection's status (running or done), progress (done of total sources) and the outcome "
                    + "of each source: stored, duplicate, unchanged, no_job or failed, with the jobId.",
            annotations = @McpTool.McpAnnotations(readOnlyHint = true, destructiveHint = false, openWorldHint = false))
    CallToolResult getCollection(McpSyncRequestContext context,
            @McpToolParam(description = "Id of one of your collections, as collect_jobs answers it")
            String collectionId) {
        return answers.answer(context, caller ->
                collections.get(ToolInputs.id("collectionId", collectionId), caller.caller()));
    }

    private static void report(McpSyncRequestContext context, CollectionView progress) {
        if (context.request().progressToken() == null) {
            return;
        }
        context.progress(spec -> spec.progress(progress.done()).total(progress.total())
                .message(progress.done() + " of " + progress.total() + " sources collected"));
    }
}

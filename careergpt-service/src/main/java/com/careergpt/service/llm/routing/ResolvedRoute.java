package com.careergpt.service.llm.routing;

import java.util.List;

/** The route a call takes and where it came from ({@code database task/tier}, {@code config ...}, {@code default}). */
public record ResolvedRoute(List<RouteEntry> entries, String source) {
}

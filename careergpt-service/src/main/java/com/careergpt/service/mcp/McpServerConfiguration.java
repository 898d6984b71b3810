package com.careergpt.service.mcp;

import java.util.List;

import com.careergpt.common.web.ProblemWriter;

import org.springframework.ai.mcp.server.common.autoconfigure.properties.McpServerStreamableHttpProperties;
import org.springframework.ai.mcp.server.webmvc.transport.WebMvcStreamableServerTransportProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;

import tools.jackson.databind.json.JsonMapper;

/**
 * The MCP server's Streamable HTTP transport, as Spring AI would make it, with the caller of each message taken from
 * its HTTP request (see {@link McpCaller}); the resources and prompts (the tools are annotated methods); the filters
 * naming each message for the request log and binding sessions to their users.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(McpSessionProperties.class)
class McpServerConfiguration {

    @Bean
    WebMvcStreamableServerTransportProvider webMvcStreamableServerTransportProvider(
            @Qualifier("mcpServerJsonMapper") JsonMapper json, McpServerStreamableHttpProperties properties,
            McpSessionProperties sessions) {
        return WebMvcStreamableServerTransportProvider.builder()
                .jsonMapper(new JacksonMcpJsonMapper(json))
                .mcpEndpoint(properties.getMcpEndpoint())
                .keepAliveInterval(properties.getKeepAliveInterval())
                .disallowDelete(properties.isDisallowDelete())
                .contextExtractor(McpCaller::extract)
                .maxSessions(sessions.maxSessions())
                .sessionIdleTimeout(sessions.sessionIdleTimeout())
                .build();
    }

    @Bean
    List<SyncResourceSpecification> resourceLists(CareerResources resources) {
        return resources.lists();
    }

    @Bean
    List<SyncResourceTemplateSpecification> resourceItems(CareerResources resources) {
        return resources.templates();
    }

    @Bean
    List<SyncPromptSpecification> promptList(CareerPrompts prompts) {
        return prompts.prompts();
    }

    /** After Spring Security: only an authenticated request's body is read to name it. */
    @Bean
    FilterRegistrationBean<McpOperationFilter> mcpOperationFilter(JsonMapper json,
            McpServerStreamableHttpProperties properties) {
        FilterRegistrationBean<McpOperationFilter> registration =
                new FilterRegistrationBean<>(new McpOperationFilter(json));
        registration.addUrlPatterns(properties.getMcpEndpoint());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** After Spring Security too: a session belongs to the user whose token opened it. */
    @Bean
    FilterRegistrationBean<McpSessionOwners> mcpSessionOwners(ProblemWriter problems,
            McpServerStreamableHttpProperties properties, McpSessionProperties sessions) {
        FilterRegistrationBean<McpSessionOwners> registration =
                new FilterRegistrationBean<>(new McpSessionOwners(problems, sessions));
        registration.addUrlPatterns(properties.getMcpEndpoint());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }
}

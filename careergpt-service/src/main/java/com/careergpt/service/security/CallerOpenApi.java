package com.careergpt.service.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import com.careergpt.common.openapi.ApiDocument;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;

/**
 * How the OpenAPI document shows who may call what, as {@link SecurityConfiguration} and {@link AccessGate} decide
 * it: the {@link Caller} parameter is resolved from the request, never sent by the client, so it is no parameter;
 * {@code /api/admin/**} needs an admin's bearer token; every other operation that needs to know its caller (a
 * {@link Caller} parameter, a {@link GuestAction}, any write under {@code /api}) takes a bearer token or the guest
 * cookie; signed hooks and public reads need neither.
 */
@Configuration(proxyBeanMethods = false)
class CallerOpenApi {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    private static final List<SecurityRequirement> KNOWN_CALLER =
            List.of(ApiDocument.bearer(), ApiDocument.guestCookie());
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Bean
    OperationCustomizer callerOperations() {
        return (operation, handler) -> {
            if (namesItsCaller(handler)) {
                operation.setSecurity(KNOWN_CALLER);
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer callerPaths() {
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                if (path.startsWith("/api/admin/")) {
                    operation.setSecurity(List.of(ApiDocument.bearer()));
                } else if (path.startsWith("/api/") && !path.startsWith("/api/hooks/")
                        && WRITES.contains(entry.getKey()) && operation.getSecurity() == null) {
                    operation.setSecurity(KNOWN_CALLER);
                }
            }
        });
    }

    private static boolean namesItsCaller(HandlerMethod handler) {
        if (handler.hasMethodAnnotation(GuestAction.class)) {
            return true;
        }
        for (var parameter : handler.getMethodParameters()) {
            if (parameter.getParameterType() == Caller.class) {
                return true;
            }
        }
        return false;
    }
}

package com.careergpt.common.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;

/**
 * The frame of a CareerGPT service's OpenAPI document: its title, the version it was built as, the licence, and the
 * two ways a caller is named, a bearer access token ({@value #BEARER}, Swagger UI's Authorize button) and the guest's
 * {@code identity_id} cookie ({@value #GUEST_COOKIE}).
 */
public final class ApiDocument {

    public static final String BEARER = "bearer";
    public static final String GUEST_COOKIE = "guest";

    /** The version when the build wrote no {@code META-INF/build-info.properties} (a run from an IDE's classes). */
    static final String UNBUILT_VERSION = "development";

    private ApiDocument() {
    }

    public static OpenAPI titled(String title, String description, ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info().title(title)
                        .description(description)
                        .version(properties == null ? UNBUILT_VERSION : properties.getVersion())
                        .license(new License().name("Apache-2.0")
                                .url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("Access token from POST /auth/verify or POST /auth/refresh"))
                        .addSecuritySchemes(GUEST_COOKIE, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("identity_id")
                                .description("Guest identity cookie set by POST /auth/guest")));
    }

    /** A verified user's bearer token only. */
    public static SecurityRequirement bearer() {
        return new SecurityRequirement().addList(BEARER);
    }

    /** The guest cookie, as the alternative to {@link #bearer()}. */
    public static SecurityRequirement guestCookie() {
        return new SecurityRequirement().addList(GUEST_COOKIE);
    }
}

package com.careergpt.service.llm.routing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RouteSpecTest {

    @Test
    void entriesAreProviderAndAModelThatMayItselfContainColons() {
        assertThat(RouteSpec.parse(" openai:gpt-4o-mini , ollama:llama3.2:3b,builtin,, "))
                .containsExactly(new RouteEntry("openai", "gpt-4o-mini", null),
                        new RouteEntry("ollama", "llama3.2:3b", null),
                        new RouteEntry("builtin", null, null));
        assertThat(RouteSpec.parse("builtin:")).containsExactly(new RouteEntry("builtin", null, null));
        assertThat(RouteSpec.parse("")).isEmpty();
    }
}

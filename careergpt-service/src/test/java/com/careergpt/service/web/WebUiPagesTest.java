package com.careergpt.service.web;

import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.support.GatewayTestSupport;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebUiPagesTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("careergpt.jwt.secret", () -> GatewayTestSupport.JWT_SECRET);
        registry.add("careergpt.gateway.internal-service-token", () -> GatewayTestSupport.INTERNAL_TOKEN);
        registry.add("careergpt.gateway.identity-base-url", () -> "http://127.0.0.1:9");
        registry.add("careergpt.data-dir", () -> System.getProperty("java.io.tmpdir") + "/careergpt-webui-test-" + ProcessHandle.current().pid());
    }

    @Test
    void thePagesAreServedWithAStrictContentSecurityPolicy() {
        for (String path : new String[] { "/", "/demo.html", "/admin", "/admin.html" }) {
            TestHttp.Response page = new TestHttp(port, null).get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body()).contains("<title>CareerGPT").containsPattern("/assets/(demo|admin)\\.js")
                    .doesNotContain("<script>").doesNotContain("style=");
            assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        }
    }

    @Test
    void scriptsNeverParseServerTextAsHtml() {
        for (String script : new String[] { "demo", "admin", "account", "api", "dom", "charts" }) {
            TestHttp.Response asset = new TestHttp(port, null).get("/assets/" + script + ".js");
            assertThat(asset.status()).as(script).isEqualTo(200);
            assertThat(asset.contentType()).contains("javascript");
            assertThat(asset.body()).as(script).doesNotContain("innerHTML").doesNotContain("outerHTML")
                    .doesNotContain("insertAdjacentHTML").doesNotContain("document.write").doesNotContain("eval(");
        }
    }
}

package com.careergpt.service.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.careergpt.identity.support.ConsoleCodes;
import com.careergpt.service.resumes.ResumeFiles;
import com.careergpt.service.support.FixtureServer;
import com.careergpt.service.web.CurlWalkThrough.Step;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.careergpt.service.support.GatewayTestSupport.gatewayProperties;
import static com.careergpt.service.support.GatewayTestSupport.startIdentity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the curl walk-through of docs/api.md as a new user would (issue 21): every example in the order written,
 * against a real careergpt-service and identity-service with their default limits, each answering the status its
 * comment documents (any 2xx where it names none). The ids a reader copies from one answer into the next command
 * ({@code 5b0c...}) are taken from the real answers, the verification codes from the console, as a reader does; the
 * hosts of the examples (example.com, the job boards, the webhook receiver) are a local fixture server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ApiWalkThroughTest {

    static final Path WALK_THROUGH = Path.of("..", "docs", "api.md");
    static final String ADMIN_EMAIL = "admin@example.com";
    static final FixtureServer SITE = new FixtureServer();
    static final ConfigurableApplicationContext IDENTITY = startIdentity(
            "--careergpt.identity.verification.resend-cooldown=60s",
            "--careergpt.identity.token.admin-emails=" + ADMIN_EMAIL);
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A value a reader copies: {@code "field":"prefix..."} in an answer sample. */
    static final Pattern COPIED = Pattern.compile("\"(\\w+)\":\"(\\w+\\.\\.\\.)\"");
    static final Pattern PLACEHOLDER = Pattern.compile("\\b\\w+\\.\\.\\.");
    static final Pattern CODE = Pattern.compile("\"code\":\"\\d{6}\"");
    static final Pattern EMAIL = Pattern.compile("\"email\":\"([^\"]+)\"");
    static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)|\\$\\{(\\w+)}");

    @LocalServerPort
    int port;

    private final Map<String, String> variables = new HashMap<>();
    private final Map<String, String> copied = new LinkedHashMap<>();
    private final Map<String, HttpClient> jars = new HashMap<>();
    private final Map<String, String> lastEmailOfJar = new HashMap<>();
    private CapturedOutput output;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        gatewayProperties(registry, IDENTITY);
        SITE.scrapedBy(registry);
    }

    @AfterAll
    static void stop() {
        IDENTITY.close();
        SITE.close();
    }

    @Test
    void everyExampleOfTheWalkThroughAnswersAsDocumentedInTheOrderWritten(CapturedOutput output) throws Exception {
        this.output = output;
        serveTheExamplesHosts();
        List<Step> steps = CurlWalkThrough.read(WALK_THROUGH);
        assertThat(steps.stream().filter(Step::isCurl)).hasSizeGreaterThan(40);
        for (Step step : steps) {
            if (step.isCurl()) {
                run(step);
            } else {
                assign(step);
            }
        }
    }

    private void serveTheExamplesHosts() {
        String job = FixtureServer.fixture("jobs/ats-jsonld-backend.html");
        SITE.page("/careers/backend-engineer", 200, "text/html; charset=utf-8", job);
        SITE.page("/acme/jobs/123", 200, "text/html; charset=utf-8", job);
        String feed = FixtureServer.fixture("feeds/greenhouse-board-jobs.json");
        SITE.page("/v1/boards/acme/jobs", 200, "application/json", feed);
        SITE.page("/v1/boards/northwind/jobs", 200, "application/json", feed);
        SITE.page("/careergpt", 204, "text/plain", "");
    }

    /** The example's hosts are the fixture server; the gateway is this test's. */
    private String local(String text) {
        String site = "http://localhost:" + SITE.port();
        return text.replace("https://boards-api.greenhouse.io", site).replace("https://boards.greenhouse.io", site)
                .replace("https://hooks.example.com", site).replace("https://example.com", site);
    }

    private void assign(Step step) throws Exception {
        for (String assignment : splitAssignments(step.command())) {
            int equals = assignment.indexOf('=');
            if (equals < 1) {
                throw new AssertionError(step + ": neither a curl command nor an assignment");
            }
            String name = assignment.substring(0, equals);
            String value = assignment.substring(equals + 1);
            if (name.equals("B")) {
                variables.put(name, "http://localhost:" + port);
            } else if (value.equals("$(date +%s)")) {
                variables.put(name, String.valueOf(Instant.now().getEpochSecond()));
            } else if (value.contains("openssl dgst -sha256 -hmac")) {
                variables.put(name, hmac(step, value));
            } else {
                List<String> words = words(step, copiedInto(step, value));
                variables.put(name, words.isEmpty() ? "" : words.get(0));
            }
        }
    }

    /** {@code $(printf '%s.%s' "$TS" "$BODY" | openssl dgst -sha256 -hmac "$SECRET" -hex | sed ...)}. */
    private String hmac(Step step, String value) throws Exception {
        Matcher printf = Pattern.compile("printf '([^']*)' ((?:\"\\$\\w+\" ?)+)\\|").matcher(value);
        Matcher key = Pattern.compile("-hmac \"\\$(\\w+)\"").matcher(value);
        assertThat(printf.find() && key.find()).as(step + ": a signature the test can compute").isTrue();
        List<String> args = new ArrayList<>();
        Matcher arg = Pattern.compile("\"\\$(\\w+)\"").matcher(printf.group(2));
        while (arg.find()) {
            args.add(variables.get(arg.group(1)));
        }
        String message = String.format(printf.group(1), args.toArray());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(variables.get(key.group(1)).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    private void run(Step step) throws Exception {
        List<String> words = words(step, copiedInto(step, step.command()));
        String method = null;
        String url = null;
        String body = null;
        String jar = null;
        boolean stream = false;
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-s" -> { }
                case "-sN", "-N" -> stream = true;
                case "-c", "-b" -> jar = words.get(++i);
                case "-o" -> i++;
                case "-X" -> method = words.get(++i);
                case "-H" -> {
                    String header = words.get(++i);
                    headers.put(header.substring(0, header.indexOf(':')).strip(),
                            header.substring(header.indexOf(':') + 1).strip());
                }
                case "-d" -> body = words.get(++i);
                case "-F" -> {
                    String field = words.get(++i);
                    form.put(field.substring(0, field.indexOf('=')), field.substring(field.indexOf('=') + 1));
                }
                default -> {
                    assertThat(word).as(step + ": an option this test knows").doesNotStartWith("-");
                    url = word;
                }
            }
        }
        assertThat(url).as(step + ": the URL").isNotNull();
        if (body != null) {
            body = local(withCode(step, jar, body));
            rememberEmail(jar, body);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(90));
        headers.forEach(request::header);
        if (!form.isEmpty()) {
            String boundary = "----careergpt-walk-through";
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
            request.method(method == null ? "POST" : method,
                    HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, form)));
        } else {
            request.method(method == null ? (body == null ? "GET" : "POST") : method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        }
        HttpClient client = jar == null ? HttpClient.newHttpClient() : jars.computeIfAbsent(jar, name -> HttpClient
                .newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build());
        String answer;
        int status;
        if (stream) {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            response.body().close();
            answer = "";
        } else {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            answer = response.body();
        }
        if (step.expectedStatus() != null) {
            assertThat(status).as(step + "\nanswered " + answer).isEqualTo(step.expectedStatus());
        } else {
            assertThat(status).as(step + "\nanswered " + answer).isBetween(200, 299);
        }
        copyFrom(step, answer);
    }

    /** The values the sample under the step shows, taken from the real answer (the first copy of a name stays). */
    private void copyFrom(Step step, String answer) {
        Matcher matcher = COPIED.matcher(step.sample());
        while (matcher.find()) {
            String field = matcher.group(1);
            String placeholder = matcher.group(2);
            if (copied.containsKey(placeholder) || answer.isBlank()) {
                continue;
            }
            JsonNode value = JSON.readTree(answer).findValue(field);
            if (value != null && value.isString()) {
                copied.put(placeholder, value.asString());
            }
        }
    }

    private String copiedInto(Step step, String text) {
        String result = text;
        for (Map.Entry<String, String> entry : copied.entrySet()) {
            result = result.replace(entry.getKey(), entry.getValue());
        }
        Matcher left = PLACEHOLDER.matcher(result);
        if (left.find()) {
            throw new AssertionError(step + ": " + left.group() + " is used before an answer showed it (known: "
                    + copied.keySet() + ")");
        }
        return result;
    }

    private String withCode(Step step, String jar, String body) {
        Matcher code = CODE.matcher(body);
        if (!code.find()) {
            return body;
        }
        String email = lastEmailOfJar.get(jar);
        assertThat(email).as(step + ": a code for an address this cookie jar gave").isNotNull();
        return code.replaceFirst("\"code\":\"" + ConsoleCodes.codeFor(output, email) + "\"");
    }

    private void rememberEmail(String jar, String body) {
        Matcher email = EMAIL.matcher(body);
        if (email.find()) {
            lastEmailOfJar.put(jar, email.group(1));
        }
    }

    private static byte[] multipart(String boundary, Map<String, String> form) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : form.entrySet()) {
            String value = field.getValue();
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"")
                    .getBytes(StandardCharsets.UTF_8));
            if (value.startsWith("@")) {
                String fileName = value.substring(1);
                assertThat(fileName).as("the walk-through's resume file").isEqualTo("jane-doe.pdf");
                body.write(("; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.write(ResumeFiles.pdf());
            } else {
                body.write(("\r\n\r\n" + value).getBytes(StandardCharsets.UTF_8));
            }
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** Shell words: quotes removed, {@code $NAME} expanded outside single quotes. */
    private List<String> words(Step step, String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote == 0 && Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            word = word == null ? new StringBuilder() : word;
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (quote != 0 && c == quote) {
                quote = 0;
            } else if (c == '$' && quote != '\'') {
                Matcher variable = VARIABLE.matcher(command).region(i, command.length());
                assertThat(variable.lookingAt()).as(step + ": a variable at " + command.substring(i)).isTrue();
                String name = variable.group(1) != null ? variable.group(1) : variable.group(2);
                assertThat(variables).as(step + ": $" + name + " is set before").containsKey(name);
                word.append(variables.get(name));
                i = variable.end() - 1;
            } else {
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** {@code A=1; B='x y'; C=$(date +%s)}: split at the semicolons outside quotes and command substitutions. */
    private static List<String> splitAssignments(String line) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ';' && depth == 0) {
                parts.add(line.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(line.substring(start).strip());
        return parts;
    }
}

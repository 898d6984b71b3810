package com.careergpt.service.analytics.market;

import static com.careergpt.service.support.GatewayTestSupport.bearer;
import static com.careergpt.service.support.GatewayTestSupport.gatewayProperties;
import static com.careergpt.service.support.GatewayTestSupport.startIdentity;
import static com.careergpt.service.support.GatewayTestSupport.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.analytics.market.ExpectedMarket.Post;
import com.careergpt.service.analytics.market.MarketPostGenerator.GeneratedPost;
import com.careergpt.service.analytics.market.MarketReport.NamedCount;
import com.careergpt.service.analytics.market.MarketReport.SalaryStats;
import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.jobs.JobStore;
import com.careergpt.service.support.GatewayTestSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The market endpoints end to end over ~330 generated posts stored through the real job store (SQLite, a real
 * identity-service): every number is checked against the same statistics worked out in the test from the posts
 * themselves ({@link ExpectedMarket}), unfiltered and under each filter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketAnalyticsTest {

    static final ConfigurableApplicationContext IDENTITY = startIdentity();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ODD_COMPANY = "Smith, \"Jones\" & Co";
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @LocalServerPort
    int port;

    @Autowired
    JobStore jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MarketAnalyticsProperties properties;

    List<Post> posts;
    int reposts;
    final Map<String, String> reader = bearer(tokenFor("market-reader", "user"));

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        gatewayProperties(registry, IDENTITY);
    }

    @AfterAll
    static void stopIdentity() {
        IDENTITY.close();
    }

    @BeforeAll
    void seed() {
        MarketPostGenerator generator = new MarketPostGenerator(7, TODAY.minusDays(119), 120, 40, 0.06);
        List<GeneratedPost> generated = new ArrayList<>(generator.posts(320));
        while (generated.size() < 332) {
            GeneratedPost post = generator.next();
            if (post.repostOf() < 0) {
                generated.add(atCompany(post, ODD_COMPANY));
            }
        }
        reposts = (int) generated.stream().filter(post -> post.repostOf() >= 0).count();
        posts = MarketSeed.store(jobs, generated);
    }

    @Test
    void theNumbersAreThoseOfTheSeededPostsWorkedOutIndependently() {
        MarketReport report = report("");

        ExpectedMarket.assertSameReport(report, expected(post -> true, null, null));
        assertThat(report.total()).isEqualTo(posts.size());
        assertThat(report.salaries()).extracting(SalaryStats::groupBy).contains("title", "seniority", "country", "city");
        assertThat(report.salaries()).extracting(SalaryStats::currency).contains("EUR", "GBP", "USD");
        assertThat(report.skillPairs()).isNotEmpty();
        assertThat(report.risingSkills()).isNotEmpty();
        assertThat(report.period().to()).isEqualTo(TODAY);
    }

    @Test
    void eachFilterChangesTheNumbersAsItShould() {
        LocalDate from = TODAY.minusDays(70);
        LocalDate to = TODAY.minusDays(20);
        assertFiltered("remote=hybrid", post -> post.remote() == RemoteMode.HYBRID, null, null);
        assertFiltered("location=DE", post -> post.isAt("DE"), null, null);
        assertFiltered("location=port", post -> post.isAt("port"), null, null);
        assertFiltered("skill=k8s", post -> post.skills().contains("Kubernetes"), null, null);
        assertFiltered("q=Kubernetes", post -> post.holdsWords("kubernetes"), null, null);
        assertFiltered("q=Senior%20kafka", post -> post.holdsWords("senior", "kafka"), null, null);
        assertFiltered("q=engineer", post -> post.holdsWords("engineer"), null, null);
        assertFiltered("from=" + from + "&to=" + to, post -> true, from, to);
        assertFiltered("from=" + from, post -> true, from, null);
        assertFiltered("remote=remote&location=us&skill=Python&to=" + to,
                post -> post.remote() == RemoteMode.REMOTE && post.isAt("us") && post.skills().contains("Python"),
                null, to);
    }

    @Test
    void aShorterLimitCutsEveryList() {
        MarketReport report = report("limit=3");

        ExpectedMarket.assertSameReport(report, ExpectedMarket.report(posts, post -> true, null, null, null, null, 3,
                properties.risingMinCount(), properties.salaryMinPosts()));
        assertThat(report.topSkills()).hasSize(3);
        assertThat(report.topCompanies()).hasSize(3);
    }

    @Test
    void risingSkillsCompareTheGivenPeriodWithTheSelectedOne() {
        LocalDate from = TODAY.minusDays(59);
        LocalDate compareFrom = TODAY.minusDays(119);
        LocalDate compareTo = TODAY.minusDays(60);

        MarketReport report = report("from=" + from + "&to=" + TODAY + "&compareFrom=" + compareFrom + "&compareTo="
                + compareTo);

        ExpectedMarket.assertSameReport(report, ExpectedMarket.report(posts, post -> true, from, TODAY, compareFrom,
                compareTo, MarketFilter.DEFAULT_LIMIT, properties.risingMinCount(), properties.salaryMinPosts()));
        assertThat(report.risingPeriods().previous().from()).isEqualTo(compareFrom);
        assertThat(report.risingSkills()).isNotEmpty();
    }

    @Test
    void linkedDuplicatesAreNeverCounted() {
        Long stored = jdbc.queryForObject("SELECT COUNT(*) FROM jobs", Long.class);
        Long linked = jdbc.queryForObject("SELECT COUNT(*) FROM jobs WHERE duplicate_of IS NOT NULL", Long.class);

        assertThat(linked).isEqualTo(reposts).isPositive();
        assertThat(report("").total()).isEqualTo(stored - linked).isEqualTo(posts.size());
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        assertProblem("/api/analytics/market?from=2026-05-02&to=2026-05-01", "from");
        assertProblem("/api/analytics/market?from=yesterday", "from");
        assertProblem("/api/analytics/market?remote=sometimes", "remote");
        assertProblem("/api/analytics/market?limit=0", "limit");
        assertProblem("/api/analytics/market?limit=101", "limit");
        assertProblem("/api/analytics/market?limit=many", "limit");
        assertProblem("/api/analytics/market?compareFrom=2026-01-01", "compareTo");
        assertProblem("/api/analytics/market?compareFrom=2026-02-01&compareTo=2026-01-01", "compareFrom");
        assertProblem("/api/analytics/market?q=%2B%2B%2B", "q");
        assertProblem("/api/analytics/market?skill=" + "k".repeat(201), "skill");
        assertProblem("/api/analytics/market.csv?section=everything", "section");
        assertProblem("/api/analytics/market.csv", "section");
        assertProblem("/api/analytics/market.csv?section=topSkills&remote=sometimes", "remote");

        Map<String, String> wantsCsv = new HashMap<>(reader);
        wantsCsv.put("Accept", "text/csv");
        TestHttp.Response refused = device().get("/api/analytics/market.csv?section=everything", wantsCsv);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("field").asString()).isEqualTo("section");
    }

    @Test
    void csvExportsOneSectionWithQuotedFields() {
        MarketReport report = report("limit=100");
        NamedCount odd = report.topCompanies().stream().filter(company -> company.name().equals(ODD_COMPANY))
                .findFirst().orElseThrow();

        TestHttp.Response csv = device().get("/api/analytics/market.csv?section=topCompanies&limit=100", reader);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(disposition)
                .startsWith("attachment").contains("market-topCompanies.csv"));
        List<String> lines = List.of(csv.body().split("\r\n", -1));
        assertThat(lines.get(0)).isEqualTo("name,count,share");
        assertThat(lines).hasSize(report.topCompanies().size() + 2).last().isEqualTo("");
        assertThat(lines).contains("\"Smith, \"\"Jones\"\" & Co\"," + odd.count() + "," + CsvWriter.field(odd.share()));

        TestHttp.Response weeks = device().get("/api/analytics/market.csv?section=postingsPerWeek", reader);
        assertThat(weeks.body().split("\r\n")).hasSize(report.postingsPerWeek().size() + 1)
                .contains(report.postingsPerWeek().get(0).weekStart() + "," + report.postingsPerWeek().get(0).count());
    }

    @Test
    void guestsAndVerifiedUsersReadWithoutSpendingAnActionAndAnonymousCallersAreToldToIdentify() {
        TestHttp anonymous = device();
        TestHttp.Response refused = anonymous.get("/api/analytics/market");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.problemType()).isEqualTo("identity-required");
        assertThat(refused.json().path("next").asString()).isEqualTo("guest");

        TestHttp guest = device();
        assertThat(guest.post("/auth/guest", null).status()).isEqualTo(201);
        assertThat(guest.get("/api/analytics/market").status()).isEqualTo(200);
        assertThat(guest.get("/api/analytics/market.csv?section=topSkills").status()).isEqualTo(200);
        assertThat(guest.get("/auth/state").json().path("freeActionsLeft").asInt()).isEqualTo(1);

        assertThat(device().get("/api/analytics/market", reader).status()).isEqualTo(200);
        assertThat(device().get("/api/analytics/market", bearer(tokenFor("market-admin", "admin"))).status())
                .isEqualTo(200);
    }

    @Test
    void theMarketEndpointsAreDocumentedInTheOpenApiDocument() {
        JsonNode docs = device().get("/v3/api-docs").json();
        JsonNode market = docs.path("paths").path("/api/analytics/market").path("get");

        assertThat(market.path("tags").get(0).asString()).isEqualTo("Analytics");
        assertThat(market.path("parameters").valueStream().map(parameter -> parameter.path("name").asString()).toList())
                .containsExactlyInAnyOrder("from", "to", "q", "location", "remote", "skill", "compareFrom",
                        "compareTo", "limit");
        assertThat(docs.path("paths").path("/api/analytics/market.csv").path("get").path("responses").path("200")
                .path("content").has("text/csv")).isTrue();
        JsonNode schemas = docs.path("components").path("schemas");
        assertThat(schemas.path("MarketReport").path("properties").path("topSkills").path("description").asString())
                .isNotBlank();
        assertThat(schemas.path("SalaryStats").path("description").asString()).contains("PERCENTILE.INC", "x2080");
    }

    private void assertFiltered(String query, Predicate<Post> filter, LocalDate from, LocalDate to) {
        MarketReport report = report(query);
        ExpectedMarket.assertSameReport(report, expected(filter, from, to));
        assertThat(report.total()).as(query).isPositive().isLessThan(posts.size());
    }

    private MarketReport expected(Predicate<Post> filter, LocalDate from, LocalDate to) {
        return ExpectedMarket.report(posts, filter, from, to, null, null, MarketFilter.DEFAULT_LIMIT,
                properties.risingMinCount(), properties.salaryMinPosts());
    }

    private MarketReport report(String query) {
        TestHttp.Response response = device().get("/api/analytics/market?" + query, reader);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return JSON.readValue(response.body(), MarketReport.class);
    }

    private void assertProblem(String path, String field) {
        TestHttp.Response response = device().get(path, reader);
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        assertThat(response.json().path("field").asString()).as(path).isEqualTo(field);
    }

    private TestHttp device() {
        return GatewayTestSupport.device(port);
    }

    private static GeneratedPost atCompany(GeneratedPost post, String company) {
        JobPosting posting = post.posting();
        return new GeneratedPost(new JobPosting(posting.title(), company, posting.location(), posting.remote(),
                posting.salary(), posting.employmentType(), posting.seniority(), posting.datePosted(),
                posting.validThrough(), posting.applyUrl(), posting.canonicalUrl(), posting.description(),
                posting.descriptionMarkdown(), posting.skills(), posting.provenance()), post.firstSeen(),
                post.lastSeen(), post.repostOf());
    }
}

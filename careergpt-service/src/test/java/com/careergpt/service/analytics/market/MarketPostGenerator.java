package com.careergpt.service.analytics.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import com.careergpt.service.scraping.EmploymentType;
import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.Provenance;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.Salary;
import com.careergpt.service.scraping.SalaryPeriod;
import com.careergpt.service.scraping.Seniority;
import com.careergpt.service.skills.Skill;
import com.careergpt.service.skills.SkillTaxonomy;

/**
 * Realistic job posts from a seeded {@link Random}, for the market benchmark and tests: roles with their own skill
 * stacks (so skills co-occur as in real posts), a few skills trending up or down over the period, seniority, cities
 * weighted like a European/US board, salaries in EUR, GBP or USD stated per year, month, day or hour with their
 * yearly equivalents, a long tail of companies (some named with a comma or quotes), fewer posts at weekends and a
 * growing volume, descriptions of 2-3 KB naming the skills, and some reposts of earlier posts at another URL
 * (which the store links as duplicates). Every skill is a canonical name of the bundled taxonomy.
 */
final class MarketPostGenerator {

    /** A generated post; {@code repostOf} is the index of the post it repeats at another URL, or -1. */
    record GeneratedPost(JobPosting posting, Instant firstSeen, Instant lastSeen, int repostOf) {
    }

    private record Role(String title, double weight, double baseSalary, List<Stack> stacks) {
    }

    /** Skills of one technology stack with the probability a post of it lists each. */
    private record Stack(Map<String, Double> skills) {
    }

    private record City(String city, String region, String country, String currency, double weight,
            double salaryFactor) {
    }

    private static final List<Role> ROLES = List.of(
            new Role("Backend Engineer", 20, 70_000, List.of(
                    stack("Java", 1.0, "Spring Boot", 0.8, "Spring", 0.4, "Hibernate", 0.3, "PostgreSQL", 0.6,
                            "Kafka", 0.4, "Docker", 0.5, "Kubernetes", 0.45, "AWS", 0.4, "Maven", 0.2, "JUnit", 0.3,
                            "Microservices", 0.4, "REST", 0.5),
                    stack("Kotlin", 1.0, "Spring Boot", 0.7, "PostgreSQL", 0.5, "Kafka", 0.35, "Kubernetes", 0.4,
                            "Docker", 0.4, "Gradle", 0.3, "GCP", 0.3, "Microservices", 0.3),
                    stack("Go", 1.0, "gRPC", 0.5, "PostgreSQL", 0.5, "Kubernetes", 0.6, "Docker", 0.6,
                            "Terraform", 0.3, "AWS", 0.4, "Redis", 0.3, "Microservices", 0.4),
                    stack("Python", 1.0, "Django", 0.45, "FastAPI", 0.4, "PostgreSQL", 0.6, "Redis", 0.35,
                            "Docker", 0.5, "AWS", 0.45, "REST", 0.5),
                    stack("C#", 1.0, "ASP.NET", 0.85, "Entity Framework", 0.4, "SQL Server", 0.6, "Azure", 0.6,
                            "Microservices", 0.3),
                    stack("Node.js", 1.0, "TypeScript", 0.8, "Express", 0.4, "NestJS", 0.35, "MongoDB", 0.4,
                            "PostgreSQL", 0.4, "Docker", 0.45, "GraphQL", 0.3, "AWS", 0.4),
                    stack("Rust", 1.0, "Linux", 0.5, "PostgreSQL", 0.3, "Kubernetes", 0.3, "gRPC", 0.3))),
            new Role("Frontend Engineer", 14, 62_000, List.of(
                    stack("TypeScript", 0.9, "JavaScript", 0.7, "React", 1.0, "Next.js", 0.4, "Redux", 0.3,
                            "HTML", 0.5, "CSS", 0.5, "Jest", 0.4, "Cypress", 0.25, "Figma", 0.3,
                            "Tailwind CSS", 0.3, "Accessibility", 0.2),
                    stack("TypeScript", 1.0, "Angular", 1.0, "HTML", 0.5, "CSS", 0.5, "Sass", 0.3, "Jest", 0.3,
                            "Cypress", 0.3),
                    stack("JavaScript", 0.9, "TypeScript", 0.7, "Vue.js", 1.0, "Nuxt", 0.35, "HTML", 0.5,
                            "CSS", 0.5, "Vite", 0.3, "jQuery", 0.15))),
            new Role("Full Stack Developer", 10, 64_000, List.of(
                    stack("TypeScript", 0.9, "React", 0.8, "Node.js", 0.8, "PostgreSQL", 0.5, "Docker", 0.4,
                            "AWS", 0.35, "GraphQL", 0.25, "Git", 0.3),
                    stack("PHP", 1.0, "Laravel", 0.6, "Symfony", 0.3, "MySQL", 0.7, "JavaScript", 0.7,
                            "Vue.js", 0.4, "Docker", 0.3),
                    stack("Ruby", 1.0, "Ruby on Rails", 0.9, "PostgreSQL", 0.6, "React", 0.4, "Redis", 0.3))),
            new Role("Data Engineer", 9, 72_000, List.of(
                    stack("Python", 0.95, "SQL", 0.9, "Spark", 0.55, "Airflow", 0.5, "Kafka", 0.35, "dbt", 0.4,
                            "Snowflake", 0.35, "BigQuery", 0.25, "AWS", 0.45, "ETL", 0.6, "Data modeling", 0.4,
                            "Databricks", 0.3, "Scala", 0.15, "Data warehousing", 0.3))),
            new Role("Data Scientist", 7, 70_000, List.of(
                    stack("Python", 1.0, "SQL", 0.8, "pandas", 0.6, "NumPy", 0.4, "scikit-learn", 0.5,
                            "Statistics", 0.6, "Machine Learning", 0.75, "Jupyter", 0.3, "A/B testing", 0.3,
                            "PyTorch", 0.3, "TensorFlow", 0.25, "Tableau", 0.2, "R", 0.2))),
            new Role("Machine Learning Engineer", 6, 82_000, List.of(
                    stack("Python", 1.0, "PyTorch", 0.7, "TensorFlow", 0.35, "MLOps", 0.45, "Kubernetes", 0.35,
                            "Docker", 0.45, "LLM", 0.45, "RAG", 0.25, "LangChain", 0.2, "Hugging Face", 0.3,
                            "AWS", 0.35, "SageMaker", 0.15, "Machine Learning", 0.8, "Deep Learning", 0.4,
                            "NLP", 0.3))),
            new Role("DevOps Engineer", 9, 70_000, List.of(
                    stack("Kubernetes", 0.9, "Docker", 0.85, "Terraform", 0.7, "AWS", 0.7, "CI/CD", 0.7,
                            "Linux", 0.6, "Prometheus", 0.4, "Grafana", 0.4, "Helm", 0.4, "Ansible", 0.3,
                            "Bash", 0.4, "Python", 0.35, "Go", 0.2, "Argo CD", 0.2, "GitLab CI", 0.25),
                    stack("Azure", 1.0, "Azure DevOps", 0.6, "Kubernetes", 0.6, "Terraform", 0.6, "PowerShell", 0.4,
                            "Docker", 0.6, "CI/CD", 0.6, "Linux", 0.4))),
            new Role("Site Reliability Engineer", 3, 80_000, List.of(
                    stack("SRE", 0.8, "Kubernetes", 0.8, "Linux", 0.7, "Prometheus", 0.6, "Grafana", 0.5,
                            "Go", 0.4, "Python", 0.5, "AWS", 0.5, "Terraform", 0.5, "Observability", 0.4,
                            "OpenTelemetry", 0.25))),
            new Role("Mobile Developer", 5, 62_000, List.of(
                    stack("Swift", 1.0, "iOS", 1.0, "SwiftUI", 0.6, "Objective-C", 0.15, "Git", 0.3),
                    stack("Kotlin", 1.0, "Android", 1.0, "Jetpack Compose", 0.5, "Java", 0.3, "Gradle", 0.2),
                    stack("Flutter", 1.0, "Dart", 0.9, "iOS", 0.4, "Android", 0.4),
                    stack("React Native", 1.0, "TypeScript", 0.7, "JavaScript", 0.5, "iOS", 0.4, "Android", 0.4))),
            new Role("QA Engineer", 5, 55_000, List.of(
                    stack("Test automation", 0.9, "Selenium", 0.5, "Cypress", 0.35, "Playwright", 0.3,
                            "Java", 0.4, "Python", 0.35, "JUnit", 0.3, "pytest", 0.25, "Postman", 0.35, "JMeter", 0.2,
                            "CI/CD", 0.3, "Jira", 0.4))),
            new Role("Security Engineer", 3, 78_000, List.of(
                    stack("Penetration testing", 0.6, "OWASP", 0.5, "SIEM", 0.4, "IAM", 0.45, "Cryptography", 0.3,
                            "Linux", 0.5, "Python", 0.4, "AWS", 0.4, "ISO 27001", 0.3, "SOC 2", 0.2))),
            new Role("Product Manager", 6, 75_000, List.of(
                    stack("Product management", 0.9, "Agile", 0.7, "Scrum", 0.5, "Jira", 0.5,
                            "Stakeholder management", 0.6, "Communication", 0.6, "SQL", 0.3, "A/B testing", 0.35,
                            "Figma", 0.2, "Google Analytics", 0.2))),
            new Role("Engineering Manager", 3, 95_000, List.of(
                    stack("Leadership", 0.9, "Mentoring", 0.6, "Agile", 0.6, "System design", 0.5,
                            "Communication", 0.5, "Java", 0.3, "Kubernetes", 0.3, "AWS", 0.3, "Scrum", 0.3))));

    /** Listed by posts of any role now and then. */
    private static final Map<String, Double> GENERIC = orderedMap("Git", 0.25, "Agile", 0.2, "Scrum", 0.12,
            "CI/CD", 0.15, "Code review", 0.08, "Communication", 0.1, "Jira", 0.08, "Linux", 0.06, "SQL", 0.08,
            "Docker", 0.08);

    /** Skills listed more (factor > 1) or less often as the period goes on; the factor is reached at its end. */
    private static final Map<String, Double> TRENDS = orderedMap("LLM", 3.0, "RAG", 3.0, "LangChain", 2.5,
            "Rust", 2.0, "Hugging Face", 2.0, "OpenTelemetry", 2.0, "jQuery", 0.3, "Objective-C", 0.3,
            "Angular", 0.7, "Hadoop", 0.3);

    private static final List<City> CITIES = List.of(
            new City("Berlin", "BE", "DE", "EUR", 12, 1.0), new City("Munich", "BY", "DE", "EUR", 7, 1.08),
            new City("Hamburg", "HH", "DE", "EUR", 5, 1.0), new City("Frankfurt am Main", "HE", "DE", "EUR", 4, 1.05),
            new City("Amsterdam", null, "NL", "EUR", 6, 1.02), new City("Paris", null, "FR", "EUR", 6, 0.95),
            new City("Dublin", null, "IE", "EUR", 4, 1.05), new City("Madrid", null, "ES", "EUR", 4, 0.72),
            new City("Barcelona", null, "ES", "EUR", 3, 0.7), new City("Vienna", null, "AT", "EUR", 3, 0.92),
            new City("Lisbon", null, "PT", "EUR", 2, 0.6), new City("London", null, "GB", "GBP", 12, 0.95),
            new City("Manchester", null, "GB", "GBP", 3, 0.78), new City("Edinburgh", null, "GB", "GBP", 2, 0.8),
            new City("New York", "NY", "US", "USD", 8, 1.75), new City("San Francisco", "CA", "US", "USD", 7, 1.95),
            new City("Seattle", "WA", "US", "USD", 4, 1.8), new City("Austin", "TX", "US", "USD", 4, 1.5),
            new City("Boston", "MA", "US", "USD", 3, 1.6), new City("Chicago", "IL", "US", "USD", 3, 1.45),
            new City("Portland", "OR", "US", "USD", 1, 1.4), new City("Portland", "ME", "US", "USD", 0.3, 1.2));

    private static final String[] NAME_PARTS = { "North", "Blue", "Bright", "Cloud", "Data", "Ever", "Fin", "Green",
            "Hyper", "Iron", "Lumen", "Meta", "Nova", "Open", "Pixel", "Quant", "River", "Silver", "Terra", "Urban",
            "Vector", "Wave", "Zen", "Alpha", "Core", "Delta", "Echo", "Flux", "Grid", "Helix" };
    private static final String[] NAME_ENDS = { "wind", "stack", "ly", "ware", "forge", "labs", "works", "bit",
            "base", "loop", "path", "mind", "scale", "shift", "point", "field", "line", "gate", "port", "craft" };
    private static final String[] LEGAL_FORMS = { "GmbH", "Inc.", "Ltd", "AG", "B.V.", "SE", "", "", "", "" };
    private static final String[] DOMAINS = { "payments", "logistics", "health care", "online retail", "insurance",
            "mobility", "energy", "travel", "education", "media streaming", "cyber security", "real estate",
            "banking", "gaming", "food delivery", "HR software", "marketing automation", "telecommunications" };
    private static final String[] DUTIES = { "design and build %s services used by millions of customers",
            "own features end to end, from discovery with %s to production", "improve the reliability of our %s platform",
            "work closely with product and design on our %s roadmap", "review code and mentor colleagues working with %s",
            "automate the delivery of %s changes", "measure and tune the performance of %s components",
            "shape the architecture of our next %s generation", "take part in the on-call rotation for %s systems" };
    private static final String[] BENEFITS = { "30 days of paid holiday", "a yearly learning budget",
            "flexible working hours", "a company pension scheme", "an employee stock option plan",
            "a public transport ticket", "a home-office budget", "regular team events", "parental leave top-up",
            "a modern laptop of your choice", "language classes", "a gym membership" };
    private static final String[] FILLER = { "We value clear writing and kind code reviews.",
            "Our teams are small and own their services.", "You will join a diverse team of twelve engineers.",
            "We ship several times a day behind feature flags.", "We believe in sustainable pace and focus time.",
            "Decisions are written down and shared openly.", "We care about accessibility and privacy by design.",
            "Our stack is pragmatic rather than fashionable.", "You will have a mentor during onboarding.",
            "We meet in person once a quarter." };

    private final Random random;
    private final LocalDate firstDay;
    private final int days;
    private final double repostShare;
    private final List<String> companies = new ArrayList<>();
    private final List<GeneratedPost> generated = new ArrayList<>();

    /**
     * @param firstDay first day posts are dated on
     * @param days length of the period posts spread over
     * @param companyCount distinct companies (their post counts follow a long tail)
     * @param repostShare share of posts that repeat an earlier post at another URL
     */
    MarketPostGenerator(long seed, LocalDate firstDay, int days, int companyCount, double repostShare) {
        this.random = new Random(seed);
        this.firstDay = firstDay;
        this.days = days;
        this.repostShare = repostShare;
        checkSkillsAreCanonical();
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < companyCount) {
            names.add(companyName());
        }
        companies.addAll(names);
    }

    List<GeneratedPost> posts(int count) {
        List<GeneratedPost> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            posts.add(next());
        }
        return posts;
    }

    GeneratedPost next() {
        GeneratedPost post = !generated.isEmpty() && random.nextDouble() < repostShare ? repost() : original();
        generated.add(post);
        return post;
    }

    private GeneratedPost original() {
        int index = generated.size();
        LocalDate day = postingDay();
        Role role = pick(ROLES, Role::weight);
        Stack stack = role.stacks().get(random.nextInt(role.stacks().size()));
        double trendTime = (double) (day.toEpochDay() - firstDay.toEpochDay()) / Math.max(1, days - 1);
        List<String> skills = skills(stack, trendTime);
        Seniority seniority = seniority();
        RemoteMode remote = remoteMode();
        City city = pick(CITIES, City::weight);
        boolean countryOnly = remote == RemoteMode.REMOTE && random.nextDouble() < 0.4;
        Location location = countryOnly ? new Location(null, null, city.country())
                : new Location(city.city(), city.region(), city.country());
        String company = companies.get(Math.min(companies.size() - 1,
                (int) Math.floor(companies.size() * Math.pow(random.nextDouble(), 2.2))));
        String title = title(role, seniority);
        Salary salary = random.nextDouble() < 0.55 ? salary(role, seniority, city) : null;
        boolean dated = random.nextDouble() < 0.85;
        Instant firstSeen = day.plusDays(dated ? random.nextInt(3) : 0).atStartOfDay(ZoneOffset.UTC).toInstant()
                .plusSeconds(random.nextInt(86_400));
        Instant lastSeen = seenAgain(firstSeen, Duration.ofDays(30));
        String description = description(role, company, title, skills, index);
        String url = "https://jobs.example.org/" + slug(company) + "/" + (100_000 + index);
        JobPosting posting = new JobPosting(title, company, location, remote, salary,
                seniority == Seniority.INTERN ? EmploymentType.INTERNSHIP
                        : random.nextDouble() < 0.08 ? EmploymentType.CONTRACT : EmploymentType.FULL_TIME,
                seniority, dated ? day : null, day.plusDays(45), url + "/apply", url, description, null, skills,
                new Provenance(url, "static", "json-ld", firstSeen));
        return new GeneratedPost(posting, firstSeen, lastSeen, -1);
    }

    /** The same opening on another board: same title, company and text, its own URL, city and dates. */
    private GeneratedPost repost() {
        int original = random.nextInt(generated.size());
        while (generated.get(original).repostOf() >= 0) {
            original = generated.get(original).repostOf();
        }
        GeneratedPost source = generated.get(original);
        JobPosting posting = source.posting();
        City city = pick(CITIES, City::weight);
        String url = "https://board-" + random.nextInt(5) + ".example.net/jobs/" + (500_000 + generated.size());
        Instant firstSeen = seenAgain(source.firstSeen(), Duration.ofDays(7));
        JobPosting copy = new JobPosting(posting.title(), posting.company(),
                new Location(city.city(), city.region(), city.country()), posting.remote(), posting.salary(),
                posting.employmentType(), posting.seniority(), posting.datePosted(), posting.validThrough(),
                url + "/apply", url, posting.description(), null, posting.skills(),
                new Provenance(url, "static", "json-ld", firstSeen));
        return new GeneratedPost(copy, firstSeen, seenAgain(firstSeen, Duration.ofDays(3)), original);
    }

    /** A random instant up to {@code within} after {@code seen}, but not after the period (the collector stopped). */
    private Instant seenAgain(Instant seen, Duration within) {
        Instant end = firstDay.plusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant();
        long limit = Math.max(1, Math.min(within.toSeconds(), Duration.between(seen, end).toSeconds()));
        return seen.plusSeconds((long) (random.nextDouble() * limit));
    }

    /** Volume grows by half over the period; weekends see a fifth of a weekday's posts. */
    private LocalDate postingDay() {
        while (true) {
            // Inverse of the distribution function of a density growing linearly from 1 to 1.5 over [0, 1).
            double position = 2 * (Math.sqrt(1 + 1.25 * random.nextDouble()) - 1);
            LocalDate day = firstDay.plusDays(Math.min(days - 1, (long) Math.floor(position * days)));
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend || random.nextDouble() < 0.2) {
                return day;
            }
        }
    }

    private List<String> skills(Stack stack, double trendTime) {
        Set<String> skills = new LinkedHashSet<>();
        stack.skills().forEach((skill, probability) -> {
            if (random.nextDouble() < trended(skill, probability, trendTime)) {
                skills.add(skill);
            }
        });
        GENERIC.forEach((skill, probability) -> {
            if (random.nextDouble() < probability) {
                skills.add(skill);
            }
        });
        if (random.nextDouble() < 0.1 * (0.5 + trendTime)) {
            skills.add(random.nextBoolean() ? "LLM" : "RAG");
        }
        return List.copyOf(skills);
    }

    /** The probability at {@code time} (0..1 over the period): the stack's at the start, times the factor at the end. */
    private static double trended(String skill, double probability, double time) {
        return Math.min(1, probability * (1 + (TRENDS.getOrDefault(skill, 1.0) - 1) * time));
    }

    private Seniority seniority() {
        double roll = random.nextDouble();
        return roll < 0.03 ? Seniority.INTERN : roll < 0.18 ? Seniority.JUNIOR : roll < 0.52 ? Seniority.MID
                : roll < 0.86 ? Seniority.SENIOR : roll < 0.96 ? Seniority.LEAD : Seniority.PRINCIPAL;
    }

    private RemoteMode remoteMode() {
        double roll = random.nextDouble();
        return roll < 0.28 ? RemoteMode.REMOTE : roll < 0.63 ? RemoteMode.HYBRID : roll < 0.9 ? RemoteMode.ONSITE : null;
    }

    private String title(Role role, Seniority seniority) {
        String level = switch (seniority) {
            case INTERN -> "Intern ";
            case JUNIOR -> "Junior ";
            case SENIOR -> random.nextDouble() < 0.2 ? "Sr. " : "Senior ";
            case LEAD -> "Lead ";
            case PRINCIPAL -> "Principal ";
            default -> "";
        };
        String gender = random.nextDouble() < 0.15 ? " (m/w/d)" : "";
        return level + role.title() + gender;
    }

    private Salary salary(Role role, Seniority seniority, City city) {
        double level = switch (seniority) {
            case INTERN -> 0.45;
            case JUNIOR -> 0.75;
            case MID -> 1.0;
            case SENIOR -> 1.3;
            case LEAD -> 1.5;
            default -> 1.75;
        };
        double yearly = role.baseSalary() * level * city.salaryFactor() * (0.85 + 0.3 * random.nextDouble());
        double roll = random.nextDouble();
        SalaryPeriod period = roll < 0.75 ? SalaryPeriod.YEAR : roll < 0.87 ? SalaryPeriod.MONTH
                : roll < 0.97 ? SalaryPeriod.HOUR : SalaryPeriod.DAY;
        int factor = switch (period) {
            case HOUR -> 2080;
            case DAY -> 260;
            case WEEK -> 52;
            case MONTH -> 12;
            case YEAR -> 1;
        };
        double step = period == SalaryPeriod.YEAR ? 1000 : period == SalaryPeriod.MONTH ? 100 : 1;
        BigDecimal min = amount(yearly / factor, step);
        BigDecimal max = amount(yearly * (1.1 + 0.25 * random.nextDouble()) / factor, step);
        double bounds = random.nextDouble();
        if (bounds < 0.05) {
            min = null;
        } else if (bounds < 0.1) {
            max = null;
        }
        BigDecimal multiplier = BigDecimal.valueOf(factor);
        return new Salary(min, max, city.currency(), period, random.nextBoolean() ? "structured" : "description",
                min == null ? null : min.multiply(multiplier), max == null ? null : max.multiply(multiplier), null);
    }

    private static BigDecimal amount(double value, double step) {
        return BigDecimal.valueOf(Math.round(value / step) * step).setScale(2, RoundingMode.HALF_UP);
    }

    private String description(Role role, String company, String title, List<String> skills, int index) {
        String domain = DOMAINS[random.nextInt(DOMAINS.length)];
        StringBuilder text = new StringBuilder();
        text.append(company).append(" builds software for ").append(domain).append(". We are hiring a ")
                .append(title).append(" to join our ").append(role.title().toLowerCase()).append(" guild.\n\n");
        text.append("What you will do\n");
        int duties = 4 + random.nextInt(3);
        for (int i = 0; i < duties; i++) {
            String skill = skills.isEmpty() ? domain : skills.get(random.nextInt(skills.size()));
            text.append("- ").append(capitalize(DUTIES[random.nextInt(DUTIES.length)].formatted(skill))).append(".\n");
        }
        text.append("\nWhat you bring\n");
        for (String skill : skills) {
            text.append("- ").append(1 + random.nextInt(6)).append("+ years of hands-on experience with ")
                    .append(skill).append(random.nextBoolean() ? " in production" : " in a team setting")
                    .append(".\n");
        }
        text.append("- Fluent English; German or Spanish is a plus.\n\n");
        for (int i = 0; i < 3 + random.nextInt(4); i++) {
            text.append(FILLER[random.nextInt(FILLER.length)]).append(' ');
        }
        text.append("\n\nWhat we offer\n");
        for (int i = 0; i < 4; i++) {
            text.append("- ").append(capitalize(BENEFITS[random.nextInt(BENEFITS.length)])).append(".\n");
        }
        text.append("\nOur ").append(domain).append(" customers rely on us around the clock; in the last year we grew ")
                .append(10 + random.nextInt(90)).append("% and served ").append(1 + random.nextInt(40))
                .append(" million requests a day. Apply with your CV, no cover letter needed. Reference ")
                .append(Integer.toString(index * 7919 + 104_729, 36).toUpperCase()).append('.');
        return text.toString();
    }

    private String companyName() {
        String name = NAME_PARTS[random.nextInt(NAME_PARTS.length)] + NAME_ENDS[random.nextInt(NAME_ENDS.length)];
        double roll = random.nextDouble();
        if (roll < 0.02) {
            return name + ", Inc.";
        }
        if (roll < 0.03) {
            return "\"" + name + "\" Studios";
        }
        String form = LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)];
        return form.isEmpty() ? name : name + " " + form;
    }

    private <T> T pick(List<T> values, ToDoubleFunction<T> weight) {
        double total = values.stream().mapToDouble(weight).sum();
        double roll = random.nextDouble() * total;
        for (T value : values) {
            roll -= weight.applyAsDouble(value);
            if (roll < 0) {
                return value;
            }
        }
        return values.get(values.size() - 1);
    }

    private static Stack stack(Object... skillsAndProbabilities) {
        return new Stack(orderedMap(skillsAndProbabilities));
    }

    private static Map<String, Double> orderedMap(Object... keysAndValues) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], ((Number) keysAndValues[i + 1]).doubleValue());
        }
        return map;
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String slug(String company) {
        return company.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static void checkSkillsAreCanonical() {
        Set<String> canonical = SkillTaxonomy.bundled().skills().stream().map(Skill::name).collect(Collectors.toSet());
        Set<String> used = new LinkedHashSet<>(GENERIC.keySet());
        used.addAll(TRENDS.keySet());
        ROLES.forEach(role -> role.stacks().forEach(stack -> used.addAll(stack.skills().keySet())));
        used.removeAll(canonical);
        if (!used.isEmpty()) {
            throw new IllegalStateException("Not canonical skills of the taxonomy: " + used);
        }
    }
}

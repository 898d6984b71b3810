package com.careergpt.service.scraping.dedup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.careergpt.service.scraping.JobPosting;

/**
 * Realistic-looking postings from a seeded generator, for the property test and the benchmark: companies with their
 * own boilerplate (about us, benefits, equal-opportunity note), titles, responsibilities and requirements filled in
 * with skills and product areas. Besides fresh postings it makes the kinds of copies job boards produce (a word or
 * two changed, bullets reordered, a sentence added, the company's legal form or a gender note added, another board
 * footer) and the hardest non-duplicate: another opening with the same title at the same company.
 */
final class SyntheticPostings {

    private static final String[] NAME_PARTS = {"Northwind", "Blue", "River", "Summit", "Bright", "Atlas", "Harbor",
        "Nimbus", "Cedar", "Granite", "Orbital", "Quantum", "Lumen", "Vertex", "Pioneer", "Silver", "Maple", "Falcon",
        "Coral", "Evergreen", "Iron", "Polar", "Crescent", "Redwood", "Sapphire", "Tidal", "Zephyr", "Aurora", "Beacon",
        "Copper", "Delta", "Ember", "Fjord", "Glacier", "Horizon", "Indigo", "Juniper", "Kestrel", "Lighthouse", "Meadow"};
    private static final String[] NAME_KINDS = {"Labs", "Systems", "Health", "Logistics", "Payments", "Software",
        "Analytics", "Robotics", "Energy", "Foods", "Media", "Games", "Bank", "Insurance", "Mobility", "Networks",
        "Security", "Retail", "Learning", "Cloud"};
    private static final String[] LEGAL_FORMS = {"GmbH", "Inc.", "Ltd", "LLC", "AG", "B.V.", "S.A.", "SE", "Corp.", "PLC", "Oy", "AB"};
    private static final String[] INDUSTRIES = {"logistics software", "payment infrastructure", "telehealth tools",
        "energy trading platforms", "learning apps", "insurance products", "retail analytics", "mobility services",
        "security tooling", "developer platforms", "games", "food delivery", "banking apps", "media streaming"};
    private static final String[] CITIES = {"Berlin", "Munich", "London", "Amsterdam", "Paris", "Madrid", "Lisbon",
        "Stockholm", "Helsinki", "Dublin", "Warsaw", "Vienna", "Zurich", "Toronto", "Austin", "New York"};
    private static final String[] SENIORITIES = {"Junior", "", "", "Senior", "Senior", "Staff", "Lead", "Principal"};
    private static final String[] AREAS = {"Backend", "Frontend", "Full Stack", "Data", "Machine Learning",
        "Platform", "Site Reliability", "Mobile", "QA", "Security", "DevOps", "Cloud", "Embedded", "Android", "iOS"};
    private static final String[] ROLES = {"Engineer", "Engineer", "Developer", "Architect", "Engineering Manager"};
    private static final String[] OTHER_TITLES = {"Product Manager", "Data Analyst", "Product Designer",
        "UX Researcher", "Technical Writer", "Scrum Master", "Data Scientist", "Solutions Architect",
        "Customer Success Manager", "Business Analyst"};
    private static final String[] SKILLS = {"Java", "Kotlin", "Spring Boot", "Go", "Rust", "Python", "TypeScript",
        "React", "Vue", "Angular", "Node.js", "PostgreSQL", "MySQL", "MongoDB", "Redis", "Kafka", "RabbitMQ",
        "Kubernetes", "Docker", "Terraform", "AWS", "GCP", "Azure", "Elasticsearch", "GraphQL", "gRPC", "Spark",
        "Airflow", "dbt", "Snowflake", "PyTorch", "TensorFlow", "Swift", "Flutter", "C++", "Scala", "Django",
        "FastAPI", "Prometheus", "Grafana", "OpenTelemetry", "Linux", "Ansible", "Jenkins", "GitHub Actions"};
    private static final String[] DOMAINS = {"payments", "search", "checkout", "onboarding", "billing", "identity",
        "recommendations", "fraud detection", "routing", "pricing", "notifications", "reporting", "inventory",
        "scheduling", "messaging", "analytics", "compliance", "partner integrations", "warehouse", "claims"};
    private static final String[] RESPONSIBILITIES = {
        "Design and run services in %s and %s",
        "Own the %d services behind our %s product and keep them fast",
        "Build the %s platform with %s and %s",
        "Work with product and design to ship %s features every week",
        "Improve the reliability of %s by adding tracing with %s",
        "Migrate our %s workloads from %s to %s",
        "Review code and mentor %d engineers in the %s team",
        "Write clear design documents for changes to %s",
        "Take part in an on-call rotation for %s, about one week in %d",
        "Automate deployments of %s with %s",
        "Model data for %s in %s and keep queries under %d milliseconds",
        "Turn customer feedback about %s into small, safe releases",
        "Profile and tune the %s pipeline built on %s",
        "Keep our %s APIs documented, versioned and backwards compatible",
        "Partner with data science to bring %s models into %s",
        "Run experiments on %s and report the results to the team",
        "Reduce the cost of our %s clusters by %d percent",
        "Build internal tools in %s that help support teams handle %s cases",
        "Lead the technical roadmap for %s together with the engineering manager",
        "Harden %s against abuse with rate limits and %s",
    };
    private static final String[] REQUIREMENTS = {
        "%d+ years of experience with %s",
        "Strong knowledge of %s and %s",
        "Experience running %s in production",
        "You have built %s systems that serve millions of users",
        "Comfortable with %s, %s and %s",
        "You write tests and care about observability with %s",
        "Experience with event-driven systems such as %s",
        "Good written English; German is a plus",
        "A degree in computer science or %d years of equivalent experience",
        "You enjoy pairing and giving kind, direct feedback",
        "Familiarity with %s is a plus",
        "You have shipped at least one product in the %s space",
        "Experience with cloud platforms, ideally %s",
        "Understanding of security basics such as OWASP and %s",
        "You can explain trade-offs between %s and %s to non-engineers",
    };
    private static final String[] BENEFITS = {
        "%d days of paid holiday plus public holidays",
        "A yearly learning budget of %d euros",
        "Hybrid work from our %s office or fully remote within Europe",
        "Company pension plan with employer contribution",
        "Stock options for every employee",
        "A new laptop of your choice and a home office allowance",
        "Public transport ticket or bike leasing",
        "Parental leave beyond the legal minimum",
        "Free lunch on office days and healthy snacks",
        "Mental health support through our partner platform",
        "Relocation support and visa sponsorship",
        "Flexible working hours with core hours from %d to 15",
    };
    private static final String[] EQUAL_OPPORTUNITY = {
        "%s is an equal opportunity employer. We welcome applications from people of every background, gender, age "
            + "and ability.",
        "At %s we believe diverse teams build better products. We do not discriminate on the basis of race, religion, "
            + "gender identity or disability.",
        "%s is committed to an inclusive workplace. Tell us if you need any adjustments during the interview process.",
        "We hire for potential. If you meet most of the requirements, please apply: %s values what you bring.",
    };
    private static final String[] FOOTERS = {"", "Apply now via our careers site.",
        "Originally posted on the company's careers site.", "Found on JobBoard. Share this job with a friend.",
        "Easy apply: send us your CV in one click.", "This job was posted by a recruiter on behalf of the company."};
    private static final String[] FILLERS = {"We move fast and keep things simple.",
        "You will join a team of friendly people who care about quality.",
        "Our stack is modern and we pay down technical debt every sprint.",
        "We ship small changes many times a day.", "Remote-friendly team across three time zones."};
    private static final String[] REPLACEMENTS = {"great", "modern", "several", "exciting", "reliable", "global",
        "small", "new", "important", "daily", "core", "key", "shared", "secure", "complex"};

    /** The parts a posting is rendered from, so that copies can be edited part by part. */
    record Draft(String title, String companyName, String legalForm, String intro, String role,
            List<String> responsibilities, List<String> requirements, List<String> benefits, String equalOpportunity,
            String footer) {

        JobPosting toPosting() {
            String company = legalForm.isEmpty() ? companyName : companyName + " " + legalForm;
            StringBuilder text = new StringBuilder();
            text.append(intro).append("\n\n").append(role).append("\n\nWhat you'll do\n");
            responsibilities.forEach(line -> text.append("- ").append(line).append('\n'));
            text.append("\nWhat we're looking for\n");
            requirements.forEach(line -> text.append("- ").append(line).append('\n'));
            text.append("\nWhat we offer\n");
            benefits.forEach(line -> text.append("- ").append(line).append('\n'));
            text.append('\n').append(equalOpportunity);
            if (!footer.isEmpty()) {
                text.append("\n\n").append(footer);
            }
            return new JobPosting(title, company, null, null, null, null, null, null, null, null, null,
                    text.toString(), null, List.of(), null);
        }
    }

    private record Company(String name, String legalForm, String intro, List<String> benefits, String equalOpportunity) {
    }

    private final Random random;
    private final Map<String, Company> companies = new LinkedHashMap<>();
    private final List<Company> companyList;

    SyntheticPostings(long seed, int companyCount) {
        this.random = new Random(seed);
        for (int i = 0; i < companyCount; i++) {
            Company company = newCompany(i);
            companies.put(company.name(), company);
        }
        this.companyList = List.copyOf(companies.values());
    }

    /** A new posting at a random company. */
    Draft fresh() {
        Company company = companyList.get(random.nextInt(companyList.size()));
        return opening(company, title());
    }

    /** Another opening with the same title at the same company: shared boilerplate, a different team and duties. */
    Draft sibling(Draft original) {
        return opening(companies.get(original.companyName()), original.title());
    }

    /** The same posting with {@code count} words replaced by other words (never by themselves). */
    Draft withWordEdits(Draft draft, int count) {
        List<String> responsibilities = new ArrayList<>(draft.responsibilities());
        List<String> requirements = new ArrayList<>(draft.requirements());
        for (int i = 0; i < count; i++) {
            List<String> target = random.nextBoolean() ? responsibilities : requirements;
            int line = random.nextInt(target.size());
            target.set(line, replaceOneWord(target.get(line)));
        }
        return new Draft(draft.title(), draft.companyName(), draft.legalForm(), draft.intro(), draft.role(),
                responsibilities, requirements, draft.benefits(), draft.equalOpportunity(), draft.footer());
    }

    /**
     * The posting as another board shows it: a few of the usual changes at once (legal form, gender note, board
     * footer, reordered bullets, one added sentence, one or two changed words).
     */
    Draft reposted(Draft draft) {
        String title = random.nextInt(4) == 0 ? draft.title() + " (m/w/d)" : draft.title();
        String legalForm = random.nextBoolean() ? draft.legalForm() : pick(LEGAL_FORMS);
        List<String> responsibilities = new ArrayList<>(draft.responsibilities());
        if (random.nextBoolean()) {
            Collections.shuffle(responsibilities, random);
        }
        String role = random.nextInt(3) == 0 ? draft.role() + " " + pick(FILLERS) : draft.role();
        String footer = pick(FOOTERS);
        Draft copy = new Draft(title, draft.companyName(), legalForm, draft.intro(), role, responsibilities,
                draft.requirements(), draft.benefits(), draft.equalOpportunity(), footer);
        int edits = random.nextInt(3);
        return edits == 0 ? copy : withWordEdits(copy, edits);
    }

    private Draft opening(Company company, String title) {
        List<String> skills = distinct(SKILLS, 3 + random.nextInt(4));
        String domain = pick(DOMAINS);
        String role = "As a " + title + " in our " + domain + " team you will work on " + pick(DOMAINS)
                + " and " + pick(DOMAINS) + " with " + skills.get(0) + " and " + skills.get(1) + ". The team has "
                + (3 + random.nextInt(9)) + " people and reports to the " + pick(AREAS).toLowerCase() + " lead.";
        List<String> responsibilities = new ArrayList<>();
        for (String template : distinct(RESPONSIBILITIES, 4 + random.nextInt(4))) {
            responsibilities.add(fill(template, skills, domain));
        }
        List<String> requirements = new ArrayList<>();
        for (String template : distinct(REQUIREMENTS, 4 + random.nextInt(3))) {
            requirements.add(fill(template, skills, domain));
        }
        return new Draft(title, company.name(), company.legalForm(), company.intro(), role, responsibilities,
                requirements, company.benefits(), company.equalOpportunity(), "");
    }

    private Company newCompany(int index) {
        String name = NAME_PARTS[index % NAME_PARTS.length] + " " + NAME_KINDS[(index / NAME_PARTS.length) % NAME_KINDS.length]
                + (index >= NAME_PARTS.length * NAME_KINDS.length ? " " + (index / (NAME_PARTS.length * NAME_KINDS.length)) : "");
        String intro = name + " builds " + pick(INDUSTRIES) + " used by " + (10 + random.nextInt(5000))
                + " customers in " + (2 + random.nextInt(40)) + " countries. Founded in " + (1990 + random.nextInt(34))
                + " in " + pick(CITIES) + ", we are now " + (20 + random.nextInt(3000)) + " people.";
        List<String> benefits = new ArrayList<>();
        for (String template : distinct(BENEFITS, 4 + random.nextInt(3))) {
            benefits.add(fill(template, List.of(pick(CITIES)), ""));
        }
        String equalOpportunity = pick(EQUAL_OPPORTUNITY).formatted(name);
        return new Company(name, pick(LEGAL_FORMS), intro, benefits, equalOpportunity);
    }

    private String title() {
        if (random.nextInt(5) == 0) {
            return pick(OTHER_TITLES);
        }
        String seniority = pick(SENIORITIES);
        String title = (seniority.isEmpty() ? "" : seniority + " ") + pick(AREAS) + " " + pick(ROLES);
        return random.nextInt(4) == 0 ? title + " (" + pick(SKILLS) + ")" : title;
    }

    /** Fills %s with skills (the domain first when the template starts with it) and %d with small numbers. */
    private String fill(String template, List<String> skills, String domain) {
        StringBuilder out = new StringBuilder();
        int skill = random.nextInt(skills.size());
        boolean domainUsed = domain.isEmpty();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length()) {
                char kind = template.charAt(++i);
                if (kind == 'd') {
                    out.append(2 + random.nextInt(30));
                } else if (!domainUsed && random.nextBoolean()) {
                    out.append(domain);
                    domainUsed = true;
                } else {
                    out.append(skills.get(skill++ % skills.size()));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String replaceOneWord(String line) {
        String[] words = line.split(" ");
        int at = random.nextInt(words.length);
        String replacement;
        do {
            replacement = pick(REPLACEMENTS);
        } while (replacement.equalsIgnoreCase(words[at]));
        words[at] = replacement;
        return String.join(" ", words);
    }

    private List<String> distinct(String[] pool, int count) {
        List<String> shuffled = new ArrayList<>(List.of(pool));
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, pool.length));
    }

    private String pick(String[] pool) {
        return pool[random.nextInt(pool.length)];
    }
}

package com.careergpt.service.analytics.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;

import com.careergpt.service.analytics.market.MarketReport.MarketPeriod;
import com.careergpt.service.analytics.market.MarketReport.NamedCount;
import com.careergpt.service.analytics.market.MarketReport.RemoteShare;
import com.careergpt.service.analytics.market.MarketReport.RisingPeriods;
import com.careergpt.service.analytics.market.MarketReport.RisingSkill;
import com.careergpt.service.analytics.market.MarketReport.SalaryStats;
import com.careergpt.service.analytics.market.MarketReport.SkillCount;
import com.careergpt.service.analytics.market.MarketReport.SkillPair;
import com.careergpt.service.analytics.market.MarketReport.WeekCount;
import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.dedup.CompanyNames;
import com.careergpt.service.scraping.dedup.DedupProperties;
import com.careergpt.service.scraping.dedup.PostingFingerprints;

/**
 * The market statistics of seeded posts, worked out from the posts themselves with plain streams, as the README
 * defines them: the test's own arithmetic, not the service's code. Shares and salaries are left unrounded; compare
 * with {@link #assertSameReport}.
 */
final class ExpectedMarket {

    private static final PostingFingerprints FINGERPRINTS = new PostingFingerprints(DedupProperties.defaults());

    /** What the statistics need of one stored original post. */
    record Post(LocalDate day, RemoteMode remote, String companyKey, String company, String city, String region,
            String country, String seniority, String titleKey, String currency, Double salary, List<String> skills,
            String title, String description) {

        /** {@code undatedDay}: the day the store first saw the post, for a post without a date. */
        static Post of(JobPosting posting, LocalDate undatedDay) {
            Double salary = null;
            if (posting.salary() != null && posting.salary().yearlyMin() != null && posting.salary().yearlyMax() != null) {
                salary = (posting.salary().yearlyMin().doubleValue() + posting.salary().yearlyMax().doubleValue()) / 2;
            } else if (posting.salary() != null && posting.salary().yearlyMin() != null) {
                salary = posting.salary().yearlyMin().doubleValue();
            } else if (posting.salary() != null && posting.salary().yearlyMax() != null) {
                salary = posting.salary().yearlyMax().doubleValue();
            }
            return new Post(posting.datePosted() != null ? posting.datePosted() : undatedDay, posting.remote(),
                    CompanyNames.normalize(posting.company()), posting.company(), posting.location().city(),
                    posting.location().region(), posting.location().country(),
                    posting.seniority() == null ? null : posting.seniority().json(),
                    FINGERPRINTS.of(posting).titleKey(), posting.salary() == null ? null : posting.salary().currency(),
                    salary, posting.skills(), posting.title(), posting.description());
        }

        /** Every word is a whole word of the title or description, ignoring case. */
        boolean holdsWords(String... words) {
            List<String> tokens = Arrays.stream((title + " " + description).toLowerCase(Locale.ROOT)
                    .split("[^\\p{L}\\p{N}]+")).toList();
            return tokens.containsAll(List.of(words));
        }

        boolean isAt(String location) {
            return city != null && city.toLowerCase(Locale.ROOT).contains(location.toLowerCase(Locale.ROOT))
                    || location.equalsIgnoreCase(region) || location.equalsIgnoreCase(country);
        }

        String cityOrCountry() {
            return city == null ? country : country == null ? city : city + ", " + country;
        }
    }

    private ExpectedMarket() {
    }

    /**
     * @param from first day, or null for the selection's first
     * @param compareFrom with compareTo, the period rising skills compare [from, to] with; null for the halves
     */
    static MarketReport report(List<Post> posts, Predicate<Post> filter, LocalDate from, LocalDate to,
            LocalDate compareFrom, LocalDate compareTo, int limit, int risingMinCount, int salaryMinPosts) {
        List<Post> matching = posts.stream().filter(filter).toList();
        Optional<LocalDate> earliest = matching.stream().map(Post::day).min(Comparator.naturalOrder());
        Optional<LocalDate> latest = matching.stream().map(Post::day).max(Comparator.naturalOrder());
        LocalDate first = from != null ? from : earliest.map(day -> to != null && to.isBefore(day) ? to : day).orElse(to);
        LocalDate last = to != null ? to : latest.map(day -> day.isBefore(first) ? first : day).orElse(first);
        if (first == null) {
            return new MarketReport(0, null, List.of(), List.of(), List.of(), new RemoteShare(0, 0, 0, 0), List.of(),
                    List.of(), List.of(), List.of(), null);
        }
        List<Post> counted = matching.stream().filter(post -> !post.day().isBefore(first) && !post.day().isAfter(last))
                .toList();
        long total = counted.size();

        Map<String, Long> skills = counted.stream().flatMap(post -> post.skills().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<List<String>, Long> pairs = new LinkedHashMap<>();
        for (Post post : counted) {
            List<String> sorted = post.skills().stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    pairs.merge(List.of(sorted.get(i), sorted.get(j)), 1L, Long::sum);
                }
            }
        }
        List<SkillPair> skillPairs = pairs.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<List<String>, Long> pair) -> -pair.getValue())
                        .thenComparing(pair -> pair.getKey().get(0)).thenComparing(pair -> pair.getKey().get(1)))
                .limit(limit)
                .map(pair -> new SkillPair(pair.getKey(), pair.getValue(), (double) pair.getValue() / total))
                .toList();

        List<SalaryStats> salaries = new ArrayList<>();
        salaries.addAll(salaryGroups(counted, "title", Post::titleKey, limit, salaryMinPosts));
        salaries.addAll(salaryGroups(counted, "seniority", Post::seniority, limit, salaryMinPosts));
        salaries.addAll(salaryGroups(counted, "country", Post::country, limit, salaryMinPosts));
        salaries.addAll(salaryGroups(counted, "city", post -> post.city() == null ? null : post.cityOrCountry(), limit,
                salaryMinPosts));

        RemoteShare remoteShare = new RemoteShare(
                share(counted, post -> post.remote() == RemoteMode.REMOTE, total),
                share(counted, post -> post.remote() == RemoteMode.HYBRID, total),
                share(counted, post -> post.remote() == RemoteMode.ONSITE, total),
                share(counted, post -> post.remote() == null, total));

        // A company is shown by its alphabetically first spelling among all stored posts, whatever the filter.
        Map<String, String> companyNames = posts.stream().filter(post -> !post.companyKey().isEmpty())
                .collect(Collectors.toMap(Post::companyKey, Post::company,
                        (one, other) -> one.compareTo(other) <= 0 ? one : other));
        Map<String, Long> companies = counted.stream().filter(post -> !post.companyKey().isEmpty())
                .collect(Collectors.groupingBy(post -> companyNames.get(post.companyKey()), Collectors.counting()));
        Map<String, Long> locations = counted.stream().filter(post -> post.cityOrCountry() != null)
                .collect(Collectors.groupingBy(Post::cityOrCountry, Collectors.counting()));

        LocalDate firstMonday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<WeekCount> weeks = Stream.iterate(firstMonday, monday -> !monday.isAfter(last), monday -> monday.plusWeeks(1))
                .map(monday -> new WeekCount(monday, counted.stream()
                        .filter(post -> !post.day().isBefore(monday) && post.day().isBefore(monday.plusWeeks(1)))
                        .count()))
                .toList();

        LocalDate[][] compared = compareFrom != null
                ? new LocalDate[][] { { compareFrom, compareTo }, { first, last } }
                : halves(first, last);
        List<RisingSkill> rising = List.of();
        RisingPeriods risingPeriods = null;
        if (compared != null) {
            List<Post> previous = within(matching, compared[0]);
            List<Post> current = within(matching, compared[1]);
            risingPeriods = new RisingPeriods(new MarketPeriod(compared[0][0], compared[0][1], previous.size()),
                    new MarketPeriod(compared[1][0], compared[1][1], current.size()));
            rising = rising(previous, current, limit, risingMinCount);
        }
        return new MarketReport(total, new MarketPeriod(first, last, total),
                top(skills, limit, total).stream().map(entry -> new SkillCount(entry.name(), entry.count(), entry.share()))
                        .toList(),
                skillPairs, salaries, remoteShare, top(companies, limit, total), top(locations, limit, total), weeks,
                rising, risingPeriods);
    }

    private static LocalDate[][] halves(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days < 2) {
            return null;
        }
        LocalDate split = first.plusDays(days / 2);
        return new LocalDate[][] { { first, split.minusDays(1) }, { split, last } };
    }

    private static List<Post> within(List<Post> posts, LocalDate[] period) {
        return posts.stream().filter(post -> !post.day().isBefore(period[0]) && !post.day().isAfter(period[1]))
                .toList();
    }

    private static List<RisingSkill> rising(List<Post> previous, List<Post> current, int limit, int minCount) {
        if (previous.isEmpty() || current.isEmpty()) {
            return List.of();
        }
        Map<String, Long> before = previous.stream().flatMap(post -> post.skills().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<String, Long> after = current.stream().flatMap(post -> post.skills().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return Stream.concat(before.keySet().stream(), after.keySet().stream()).distinct()
                .filter(skill -> before.getOrDefault(skill, 0L) + after.getOrDefault(skill, 0L) >= minCount)
                .map(skill -> {
                    double was = (double) before.getOrDefault(skill, 0L) / previous.size();
                    double is = (double) after.getOrDefault(skill, 0L) / current.size();
                    return new RisingSkill(skill, was, is, is - was);
                })
                .filter(skill -> skill.change() > 0)
                .sorted(Comparator.comparing((RisingSkill skill) -> -skill.change()).thenComparing(RisingSkill::skill))
                .limit(limit)
                .toList();
    }

    private static List<SalaryStats> salaryGroups(List<Post> posts, String groupBy, Function<Post, String> key,
            int limit, int minPosts) {
        Map<List<String>, List<Double>> groups = posts.stream()
                .filter(post -> post.salary() != null && post.currency() != null && key.apply(post) != null)
                .collect(Collectors.groupingBy(post -> List.of(key.apply(post), post.currency()),
                        Collectors.mapping(Post::salary, Collectors.toList())));
        return groups.entrySet().stream()
                .filter(group -> group.getValue().size() >= minPosts)
                .sorted(Comparator.comparing((Map.Entry<List<String>, List<Double>> group) -> -group.getValue().size())
                        .thenComparing(group -> group.getKey().get(0)).thenComparing(group -> group.getKey().get(1)))
                .limit(limit)
                .map(group -> {
                    List<Double> sorted = group.getValue().stream().sorted().toList();
                    return new SalaryStats(groupBy, group.getKey().get(0), group.getKey().get(1),
                            percentile(sorted, 0.5), percentile(sorted, 0.25), percentile(sorted, 0.75), sorted.size());
                })
                .toList();
    }

    /** Linear between the closest ranks, on h = (n - 1) p. */
    static double percentile(List<Double> sorted, double p) {
        double h = (sorted.size() - 1) * p;
        double lower = sorted.get((int) Math.floor(h));
        double upper = sorted.get((int) Math.ceil(h));
        return lower + (h - Math.floor(h)) * (upper - lower);
    }

    private static List<NamedCount> top(Map<String, Long> counts, int limit, long total) {
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Long> entry) -> -entry.getValue())
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(entry -> new NamedCount(entry.getKey(), entry.getValue(), (double) entry.getValue() / total))
                .toList();
    }

    private static double share(List<Post> posts, Predicate<Post> which, long total) {
        return total == 0 ? 0 : (double) posts.stream().filter(which).count() / total;
    }

    /**
     * The service's report against the expected one: counts, names, order and dates exactly; shares to their four
     * decimals and salary figures to the cent they are rounded to.
     */
    static void assertSameReport(MarketReport actual, MarketReport expected) {
        Comparator<Double> shares = (one, other) -> Math.abs(one - other) <= 0.00005 + 1e-12 ? 0 : one.compareTo(other);
        Comparator<Double> cents = (one, other) -> Math.abs(one - other) <= 0.005 + 1e-9 ? 0 : one.compareTo(other);
        RecursiveComparisonConfiguration tolerances = RecursiveComparisonConfiguration.builder()
                .withComparatorForType(shares, Double.class)
                .withComparatorForFields(cents, "salaries.median", "salaries.p25", "salaries.p75")
                .build();
        assertThat(actual).usingRecursiveComparison(tolerances).isEqualTo(expected);
    }
}

package com.careergpt.service.analytics.market;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Job-market statistics over the stored posts a filter selects; linked duplicates are never counted. Shares are
 * fractions of {@code total} (0..1, four decimals); lists are ordered best first and hold at most {@code limit}
 * entries.
 */
@Schema(description = "Job-market statistics over the stored posts the filter selects (linked duplicates never "
        + "count). Shares are fractions of total, 0-1, rounded to 4 decimals; lists hold at most `limit` entries.")
public record MarketReport(
        @Schema(description = "Posts counted") long total,
        @Schema(description = "Days counted, on date posted (else the UTC day first seen): the given from/to, or the "
                + "first and last day of the selected posts; null when nothing is selected") MarketPeriod period,
        @Schema(description = "Most listed skills, by count") List<SkillCount> topSkills,
        @Schema(description = "Skills most often listed together, by count (among the selection's 256 most "
                + "listed skills)") List<SkillPair> skillPairs,
        @Schema(description = "Yearly salary statistics per group and currency, groups of at least the configured "
                + "number of posts, largest first within each groupBy") List<SalaryStats> salaries,
        @Schema(description = "Shares of the remote modes") RemoteShare remoteShare,
        @Schema(description = "Companies with the most posts (spellings of one company count together)")
        List<NamedCount> topCompanies,
        @Schema(description = "Cities (\"Berlin, DE\"), or countries for posts naming no city, with the most posts")
        List<NamedCount> topLocations,
        @Schema(description = "Posts per ISO week (Monday start) over the whole period, empty weeks included; the "
                + "first and last week may reach outside the period") List<WeekCount> postingsPerWeek,
        @Schema(description = "Skills whose share grew most from the previous to the current period of "
                + "risingPeriods, listed by at least the configured number of posts in the two periods together")
        List<RisingSkill> risingSkills,
        @Schema(description = "The two periods risingSkills compares; null when nothing is selected")
        RisingPeriods risingPeriods) {

    @Schema(description = "A range of days, both inclusive, and the posts counted in it")
    public record MarketPeriod(LocalDate from, LocalDate to, @Schema(description = "Posts counted in it") long total) {
    }

    @Schema(description = "A skill and the posts listing it")
    public record SkillCount(String skill, long count, @Schema(description = "count / total") double share) {
    }

    @Schema(description = "Two skills (in alphabetical order) and the posts listing both")
    public record SkillPair(List<String> skills, long count, @Schema(description = "count / total") double share) {
    }

    @Schema(description = "Yearly salaries of one group in one currency. Each post contributes the midpoint of its "
            + "yearly min and max (or the one given); hourly, daily, weekly and monthly pay is normalized to a year "
            + "when collected (x2080, x260, x52, x12). Percentiles are exact over all the group's midpoints, linear "
            + "between the two nearest ranks: p = x[h] + (h - floor h)(x[ceil h] - x[floor h]) with h = (n - 1)p on "
            + "the sorted values (as Excel PERCENTILE.INC and NumPy's default); rounded to cents.")
    public record SalaryStats(
            @Schema(description = "title (normalized title), seniority, country (ISO code) or city (\"Berlin, DE\")")
            String groupBy,
            String key,
            @Schema(description = "ISO 4217 code") String currency,
            double median,
            double p25,
            double p75,
            @Schema(description = "Posts with a salary in the group") long n) {
    }

    @Schema(description = "Shares of the selected posts by remote mode; unknown: the post does not say")
    public record RemoteShare(double remote, double hybrid, double onsite, double unknown) {
    }

    @Schema(description = "A company or location and its posts")
    public record NamedCount(String name, long count, @Schema(description = "count / total") double share) {
    }

    @Schema(description = "Posts in the ISO week starting on weekStart (a Monday)")
    public record WeekCount(LocalDate weekStart, long count) {
    }

    @Schema(description = "A skill's share of the posts of each compared period")
    public record RisingSkill(
            String skill,
            double previousShare,
            double currentShare,
            @Schema(description = "currentShare - previousShare, > 0") double change) {
    }

    @Schema(description = "The periods rising skills compare: by default the first half of the period (previous) "
            + "and the second (current); with compareFrom/compareTo, that period (previous) and [from, to] (current)")
    public record RisingPeriods(MarketPeriod previous, MarketPeriod current) {
    }
}

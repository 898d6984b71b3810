package com.careergpt.service.analytics.market;

import com.careergpt.service.analytics.market.MarketReport.RemoteShare;

/** One section of a {@link MarketReport} as CSV: a header row of its JSON field names, then one row per entry. */
final class MarketCsv {

    private MarketCsv() {
    }

    static String of(MarketReport report, MarketSection section) {
        CsvWriter csv = new CsvWriter();
        switch (section) {
            case TOP_SKILLS -> {
                csv.row("skill", "count", "share");
                report.topSkills().forEach(skill -> csv.row(skill.skill(), skill.count(), skill.share()));
            }
            case SKILL_PAIRS -> {
                csv.row("skill1", "skill2", "count", "share");
                report.skillPairs().forEach(pair -> csv.row(pair.skills().get(0), pair.skills().get(1), pair.count(),
                        pair.share()));
            }
            case SALARIES -> {
                csv.row("groupBy", "key", "currency", "median", "p25", "p75", "n");
                report.salaries().forEach(group -> csv.row(group.groupBy(), group.key(), group.currency(),
                        group.median(), group.p25(), group.p75(), group.n()));
            }
            case REMOTE_SHARE -> {
                RemoteShare shares = report.remoteShare();
                csv.row("mode", "share").row("remote", shares.remote()).row("hybrid", shares.hybrid())
                        .row("onsite", shares.onsite()).row("unknown", shares.unknown());
            }
            case TOP_COMPANIES, TOP_LOCATIONS -> {
                csv.row("name", "count", "share");
                (section == MarketSection.TOP_COMPANIES ? report.topCompanies() : report.topLocations())
                        .forEach(entry -> csv.row(entry.name(), entry.count(), entry.share()));
            }
            case POSTINGS_PER_WEEK -> {
                csv.row("weekStart", "count");
                report.postingsPerWeek().forEach(week -> csv.row(week.weekStart(), week.count()));
            }
            case RISING_SKILLS -> {
                csv.row("skill", "previousShare", "currentShare", "change");
                report.risingSkills().forEach(skill -> csv.row(skill.skill(), skill.previousShare(),
                        skill.currentShare(), skill.change()));
            }
        }
        return csv.toString();
    }
}

package com.careergpt.service.scraping.normalize;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.careergpt.service.scraping.EmploymentType;
import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.Salary;
import com.careergpt.service.scraping.SalaryPeriod;

import static org.assertj.core.api.Assertions.assertThat;

/** Places, pay, dates and contract types as pages around the world write them. */
class WorldFormatsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void countriesAreNamedInAnyLanguageAndUsPlacesInTheirShortForms() {
        assertThat(Locations.parse("Lyon, Frankreich")).isEqualTo(new Location("Lyon", null, "FR"));
        assertThat(Locations.parse("Sevilla, Espagne")).isEqualTo(new Location("Sevilla", null, "ES"));
        assertThat(Locations.parse("名古屋, 日本")).isEqualTo(new Location("名古屋", null, "JP"));
        assertThat(Locations.parse("Porto, Portugal")).isEqualTo(new Location("Porto", null, "PT"));
        assertThat(Locations.parse("Bellevue WA")).isEqualTo(new Location("Bellevue", "WA", "US"));
        assertThat(Locations.parse("US-TX-Round Rock")).isEqualTo(new Location("Round Rock", "TX", "US"));
        assertThat(Locations.parse("Providence, RI 02903")).isEqualTo(new Location("Providence", "RI", "US"));
        assertThat(Locations.parse("St. Louis, Missouri")).isEqualTo(new Location("St. Louis", "MO", "US"));
        assertThat(Locations.parse("Halifax, Nova Scotia")).isEqualTo(new Location("Halifax", "NS", "CA"));
    }

    @Test
    void currencyCodesMustBeIso4217AndBoundsFollowTheCurrency() {
        Salary yen = SalaryParser.fromText("KRW 4,200,000 per month").orElseThrow();
        assertThat(yen.flag()).isNull();
        Salary typo = SalaryParser.fromText("JPN 520,000 per month").orElseThrow();
        assertThat(typo.currency()).isEqualTo("JPY");
        assertThat(SalaryParser.fromText("SQL 2000 and ABC 40,000")).isEmpty();
        assertThat(SalaryParser.fromText("$0.40 per hour").orElseThrow().flag()).isEqualTo("implausible_yearly_amount");
        assertThat(SalaryParser.fromText("€ 3.200 par mois").orElseThrow().period()).isEqualTo(SalaryPeriod.MONTH);
    }

    @Test
    void payUnderALabelWithoutCurrencyIsReadInTheJobCountrysCurrencyWhenPlausible() {
        Salary pay = SalaryParser.fromLabelledValue("65000-80000", "CA").orElseThrow();
        assertThat(pay.currency()).isEqualTo("CAD");
        assertThat(pay.period()).isEqualTo(SalaryPeriod.YEAR);
        assertThat(pay.max()).isEqualByComparingTo("80000");
        assertThat(SalaryParser.fromLabelledValue("85- 95 +/-", "US")).isEmpty();
        assertThat(SalaryParser.fromLabelledValue("Negotiable", "US")).isEmpty();
    }

    @Test
    void numericDatesFollowThePagesLocale() {
        assertThat(PostingDates.parse("Posted 04/05/2025", TODAY, true)).contains(LocalDate.of(2025, 4, 5));
        assertThat(PostingDates.parse("Posted 04/05/2025", TODAY, false)).contains(LocalDate.of(2025, 5, 4));
        assertThat(PostingDates.parse("12-31-2025", TODAY, false)).contains(LocalDate.of(2025, 12, 31));
        assertThat(PostingDates.parse("2025年7月9日", TODAY, false)).contains(LocalDate.of(2025, 7, 9));
    }

    @Test
    void monthNamesInTheLabelLanguages() {
        assertThat(PostingDates.parse("Publicado el 5 de marzo de 2024", TODAY)).contains(LocalDate.of(2024, 3, 5));
        assertThat(PostingDates.parse("publié le 1er février 2025", TODAY)).contains(LocalDate.of(2025, 2, 1));
        assertThat(PostingDates.parse("pubblicato il 3 maggio 2024", TODAY)).contains(LocalDate.of(2024, 5, 3));
        assertThat(PostingDates.parse("geplaatst op 12 okt. 2025", TODAY)).contains(LocalDate.of(2025, 10, 12));
        assertThat(PostingDates.parse("20 de setembro de 2025", TODAY)).contains(LocalDate.of(2025, 9, 20));
    }

    @Test
    void contractTypesAndRemoteWorkInOtherLanguagesAndBoardCodes() {
        assertThat(JobAttributes.employmentType("Vollzeitstelle")).contains(EmploymentType.FULL_TIME);
        assertThat(JobAttributes.employmentType("Teilzeitanstellung")).contains(EmploymentType.PART_TIME);
        assertThat(JobAttributes.employmentType("CON_CORP")).contains(EmploymentType.CONTRACT);
        assertThat(JobAttributes.employmentType("Tempo indeterminato")).contains(EmploymentType.FULL_TIME);
        assertThat(JobAttributes.employmentType("Estágio")).contains(EmploymentType.INTERNSHIP);
        assertThat(JobAttributes.employmentType("契約社員")).contains(EmploymentType.CONTRACT);
        assertThat(JobAttributes.remoteMode("Télétravail complet")).contains(RemoteMode.REMOTE);
        assertThat(JobAttributes.remoteMode("在宅勤務可")).contains(RemoteMode.REMOTE);
    }

    @Test
    void aDeclaredCanonicalUrlCountsOnlyWhenItCanNameThePosting() {
        String page = "https://jobs.example.org/posting/4711?utm_source=mail";
        String own = "https://jobs.example.org/posting/4711";
        assertThat(CanonicalUrls.ofPosting(own, null, page)).isEqualTo(own);
        assertThat(CanonicalUrls.ofPosting("https://jobs.example.org/", "https://jobs.example.org/", page)).isEqualTo(own);
        assertThat(CanonicalUrls.ofPosting("https://jobs.example.org/stellenangebote", null, page)).isEqualTo(own);
        assertThat(CanonicalUrls.ofPosting(null, "https://jobs.example.org/search?q=java", page)).isEqualTo(own);
        assertThat(CanonicalUrls.ofPosting(null, "https://social.example.com/share/1", page)).isEqualTo(own);
        assertThat(CanonicalUrls.ofPosting("https://employer.example.com/careers/4711", null, page))
                .isEqualTo("https://employer.example.com/careers/4711");
        assertThat(CanonicalUrls.ofPosting(null, "https://www.example.net/", null)).isNull();
        assertThat(CanonicalUrls.ofPosting(null, "https://www.example.net/jobs/88", null)).isEqualTo("https://www.example.net/jobs/88");
    }
}

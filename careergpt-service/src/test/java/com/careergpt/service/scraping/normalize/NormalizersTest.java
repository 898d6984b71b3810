package com.careergpt.service.scraping.normalize;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.careergpt.service.scraping.EmploymentType;
import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.Seniority;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizersTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-14                      | 2026-11-14
            2026-12-31T23:59:59+01:00       | 2026-12-31
            November 2, 2026                | 2026-11-02
            2 Nov 2026                      | 2026-11-02
            Veröffentlicht am 14.11.2026    | 2026-11-14
            14. November 2026               | 2026-11-14
            3. Dezember 2026                | 2026-12-03
            Posted 3 days ago               | 2026-11-17
            2 weeks ago                     | 2026-11-06
            yesterday                       | 2026-11-19
            vor 3 Tagen                     | 2026-11-17
            Just posted                     | 2026-11-20
            """)
    void datesAsPagesWriteThem(String text, LocalDate expected) {
        assertThat(PostingDates.parse(text, TODAY)).hasValue(expected);
    }

    @Test
    void textWithoutADateHasNone() {
        assertThat(PostingDates.parse("Apply soon", TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Berlin, Germany (Hybrid)   | Berlin     | -  | DE
            Austin, TX                 | Austin     | TX | US
            Toronto, ON, Canada        | Toronto    | ON | CA
            Remote — US                | -          | -  | US
            Manchester, United Kingdom | Manchester | -  | GB
            Hamburg, Deutschland       | Hamburg    | -  | DE
            Zürich, Schweiz            | Zürich     | -  | CH
            London, UK                 | London     | -  | GB
            """)
    void locationsBecomeCityRegionAndIsoCountry(String text, String city, String region, String country) {
        assertThat(Locations.parse(text)).isEqualTo(new Location(city, region, country));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://Boards.Example.com/jobs/1?utm_source=linkedin&gh_src=abc          | https://boards.example.com/jobs/1
            https://example.com:443/careers/qa?ref=homepage&id=7#apply                | https://example.com/careers/qa?id=7
            http://example.com/a?gclid=x&fbclid=y&page=2                              | http://example.com/a?page=2
            """)
    void canonicalUrlsDropTrackingParameters(String url, String expected) {
        assertThat(CanonicalUrls.canonicalize(url)).isEqualTo(expected);
    }

    @Test
    void notAnHttpUrlHasNoCanonicalForm() {
        assertThat(CanonicalUrls.canonicalize("javascript:alert(1)")).isNull();
        assertThat(CanonicalUrls.canonicalize("not a url")).isNull();
    }

    @Test
    void jobAttributesFromTitlesAndText() {
        assertThat(JobAttributes.employmentType("CONTRACTOR")).hasValue(EmploymentType.CONTRACT);
        assertThat(JobAttributes.employmentType("Vollzeit")).hasValue(EmploymentType.FULL_TIME);
        assertThat(JobAttributes.employmentType("Werkstudent (20h)")).hasValue(EmploymentType.INTERNSHIP);
        assertThat(JobAttributes.seniority("Sr. Data Engineer", null)).hasValue(Seniority.SENIOR);
        assertThat(JobAttributes.seniority("Junior QA Engineer", null)).hasValue(Seniority.JUNIOR);
        assertThat(JobAttributes.seniority("Staff Engineer", null)).hasValue(Seniority.LEAD);
        assertThat(JobAttributes.seniority("Data Engineer", "You have 6+ years of experience")).hasValue(Seniority.SENIOR);
        assertThat(JobAttributes.remoteMode("Berlin (Hybrid)")).hasValue(RemoteMode.HYBRID);
        assertThat(JobAttributes.remoteMode("Teilweise Homeoffice")).hasValue(RemoteMode.HYBRID);
        assertThat(JobAttributes.remoteMode("Fully remote within the EU")).hasValue(RemoteMode.REMOTE);
        assertThat(JobAttributes.remoteMode("on-site, 5 days a week")).hasValue(RemoteMode.ONSITE);
        assertThat(JobAttributes.cleanTitle("DevOps Engineer (m/w/d)", "Stadtwerke Nord GmbH")).isEqualTo("DevOps Engineer");
        assertThat(JobAttributes.cleanTitle("Acme Health - Frontend Engineer", "Acme Health")).isEqualTo("Frontend Engineer");
        assertThat(JobAttributes.cleanTitle("Data Analyst (Contract) | Riverside Council Jobs", "Riverside Council"))
                .isEqualTo("Data Analyst (Contract)");
    }
}

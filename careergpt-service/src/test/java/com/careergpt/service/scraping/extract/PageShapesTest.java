package com.careergpt.service.scraping.extract;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.careergpt.service.scraping.EmploymentType;
import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.SalaryPeriod;
import com.careergpt.service.scraping.fetch.FetchedPage;
import com.careergpt.service.skills.SkillTaxonomy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages shaped the way the world writes them, not the way an extractor would like: facts in definition lists,
 * table rows, bold labels and label lines, in several languages; content inside one big form; box headings; pages
 * that are not jobs although they talk about code, pay or hiring. Every fixture here is written for this test.
 */
class PageShapesTest {

    private static final Instant RECEIVED_AT = Instant.parse("2026-11-20T10:00:00Z");
    private final JobPageExtractor extractor = new JobPageExtractor(SkillTaxonomy.bundled(),
            Clock.fixed(RECEIVED_AT, ZoneOffset.UTC));

    private Optional<JobPosting> extract(String html) {
        return extractor.extract(new FetchedPage(null, null, 200, "text/html", html, "inline", RECEIVED_AT));
    }

    @Test
    void aFormWrappingTheWholePageIsContentAndFrenchDefinitionListsAreRead() {
        JobPosting job = extract("""
                <html lang="fr-FR"><body><form id="aspnetForm" method="post">
                <input type="hidden" name="__VIEWSTATE" value="abc">
                <h2>Détails de l'offre</h2>
                <dl><dt>Poste</dt><dd>Développeur Java confirmé</dd>
                <dt>Entreprise</dt><dd>Ateliers Numériques SA</dd>
                <dt>Lieu de travail</dt><dd>Lyon, France</dd>
                <dt>Type de contrat</dt><dd>CDI</dd>
                <dt>Salaire</dt><dd>45 000 € par an</dd>
                <dt>Date de publication</dt><dd>03/04/2024</dd></dl>
                <p>Vous développerez nos services en Java et Spring Boot. Postulez en ligne.</p>
                </form></body></html>""").orElseThrow();

        assertThat(job.title()).isEqualTo("Développeur Java confirmé");
        assertThat(job.company()).isEqualTo("Ateliers Numériques SA");
        assertThat(job.location()).isEqualTo(new Location("Lyon", null, "FR"));
        assertThat(job.employmentType()).isEqualTo(EmploymentType.FULL_TIME);
        assertThat(job.salary().min()).isEqualByComparingTo("45000");
        assertThat(job.salary().currency()).isEqualTo("EUR");
        assertThat(job.salary().period()).isEqualTo(SalaryPeriod.YEAR);
        assertThat(job.datePosted()).isEqualTo(LocalDate.of(2024, 4, 3));
    }

    @Test
    void twoCellRowsWithoutColonsAreFactsInDutch() {
        JobPosting job = extract("""
                <html lang="nl-NL"><body><main><h1>Vacature</h1><table>
                <tr><th>Functie</th><td>Data-analist</td></tr>
                <tr><th>Werkgever</th><td>Polderdata BV</td></tr>
                <tr><th>Locatie</th><td>Utrecht, Nederland</td></tr>
                <tr><th>Dienstverband</th><td>Deeltijd, 32 uur</td></tr>
                <tr><th>Thuiswerken</th><td>ja</td></tr></table>
                <p>Je analyseert klantdata met SQL en Python en rapporteert aan het management.</p>
                </main></body></html>""").orElseThrow();

        assertThat(job.title()).isEqualTo("Data-analist");
        assertThat(job.company()).isEqualTo("Polderdata BV");
        assertThat(job.location()).isEqualTo(new Location("Utrecht", null, "NL"));
        assertThat(job.employmentType()).isEqualTo(EmploymentType.PART_TIME);
        assertThat(job.remote()).isEqualTo(RemoteMode.REMOTE);
    }

    @Test
    void boldLabelsInSpanishAndJapaneseLabelsInDefinitionLists() {
        JobPosting spanish = extract("""
                <html lang="es-ES"><body><article><h1>Ingeniera de datos</h1>
                <p><b>Empresa:</b> Datos Ibéricos SL<br><b>Ubicación:</b> Valencia, España<br>
                <b>Jornada:</b> Tiempo completo<br><b>Salario:</b> 38.000 - 44.000 EUR al año</p>
                <p>Buscamos una ingeniera de datos con experiencia en pipelines. Envía tu candidatura.</p>
                </article></body></html>""").orElseThrow();
        JobPosting japanese = extract("""
                <html lang="ja"><body><main><h1>バックエンドエンジニア</h1><dl>
                <dt>会社名</dt><dd>株式会社サンプル</dd><dt>勤務地</dt><dd>大阪, 日本</dd>
                <dt>雇用形態</dt><dd>正社員</dd><dt>給与</dt><dd>610,000 - 770,000 JPN 月</dd>
                <dt>掲載日</dt><dd>2026年11月2日</dd></dl>
                <p>Go と PostgreSQL を使った決済サービスの開発をお任せします。ご応募お待ちしています。</p>
                </main></body></html>""").orElseThrow();

        assertThat(spanish.company()).isEqualTo("Datos Ibéricos SL");
        assertThat(spanish.location()).isEqualTo(new Location("Valencia", null, "ES"));
        assertThat(spanish.employmentType()).isEqualTo(EmploymentType.FULL_TIME);
        assertThat(spanish.salary().max()).isEqualByComparingTo("44000");
        assertThat(spanish.salary().period()).isEqualTo(SalaryPeriod.YEAR);
        assertThat(japanese.company()).isEqualTo("株式会社サンプル");
        assertThat(japanese.location()).isEqualTo(new Location("大阪", null, "JP"));
        assertThat(japanese.employmentType()).isEqualTo(EmploymentType.FULL_TIME);
        assertThat(japanese.salary().currency()).isEqualTo("JPY");
        assertThat(japanese.salary().period()).isEqualTo(SalaryPeriod.MONTH);
        assertThat(japanese.salary().flag()).isNull();
        assertThat(japanese.datePosted()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void labelLinesAreCutAtTheNextLabelAndUsDatesReadMonthFirst() {
        JobPosting job = extract("""
                <html lang="en-US"><body><div id="content"><h1>Job Overview</h1>
                <h2>Senior Network Engineer</h2>
                <p>Location: Albany NY Duration: Direct Placement Pay Rate: $95k to $110k</p>
                <p>Date: 11-03-2025</p><p>Employ. Type: CON_W2</p>
                <h3>Company Overview find more jobs with this company</h3>
                <p>Responsibilities: run the campus network. Apply now.</p></div></body></html>""").orElseThrow();

        assertThat(job.title()).isEqualTo("Senior Network Engineer");
        assertThat(job.company()).isNotEqualTo("Company Overview find more jobs with this company");
        assertThat(job.location()).isEqualTo(new Location("Albany", "NY", "US"));
        assertThat(job.salary().min()).isEqualByComparingTo("95000");
        assertThat(job.employmentType()).isEqualTo(EmploymentType.CONTRACT);
        assertThat(job.datePosted()).isEqualTo(LocalDate.of(2025, 11, 3));
    }

    @Test
    void aGermanPostWithACompoundContractTypeAndAnEmailApplicationIsAJob() {
        JobPosting job = extract("""
                <html lang="de"><head><meta property="article:published_time" content="2026-10-05T08:00:00+02:00"></head>
                <body><main><h1>Buchhalterin</h1><p>München</p>
                <p>Für unser Steuerbüro suchen wir eine Buchhalterin in Teilzeitanstellung (20 Stunden).</p>
                <p>Bitte senden Sie Ihre Unterlagen an bewerbung@steuerbuero-beispiel.de.</p>
                </main></body></html>""").orElseThrow();

        assertThat(job.employmentType()).isEqualTo(EmploymentType.PART_TIME);
        assertThat(job.datePosted()).isEqualTo(LocalDate.of(2026, 10, 5));
    }

    @Test
    void aProgrammingBlogWithAShellTranscriptIsNoJob() {
        Optional<JobPosting> blog = extract("""
                <html><body><article><h1>Profiling Python scripts</h1>
                <p>Start the script under the profiler and look at the hottest functions first.</p>
                <pre>1 $ python -m cProfile foo.py
                2 $ echo done</pre>
                <p>Requirements: Python 3.11. Responsibilities of each function should stay small.</p>
                </article></body></html>""");

        assertThat(blog).isEmpty();
    }

    @Test
    void aStaffingServicePageIsNoJob() {
        Optional<JobPosting> service = extract("""
                <html><body><main><h1>Hire React Developers in 48 Hours</h1>
                <p>Hire dedicated React developers for your project, full-time or part-time.</p>
                <p>Hire remote React engineers who know your business requirements. Apply our model to your startup.</p>
                <p>Rates from $25 per hour.</p></main></body></html>""");

        assertThat(service).isEmpty();
    }

    @Test
    void skillsComeFromThePostingNotFromTheEmployerNameOrTheAddress() {
        JobPosting job = extract("""
                <html lang="en-US"><body><main><h1>Backend Engineer</h1>
                <dl><dt>Company</dt><dd>Cypress Labs</dd><dt>Location</dt><dd>Phoenix, AZ</dd></dl>
                <p>Cypress Labs builds billing software for clinics.</p>
                <p>Requirements: experience with Java and Spring Boot, SQL and Go.</p>
                <p>Office: 400 West Washington Street, Phoenix, AZ 85003</p>
                <p>Go to our careers page and apply now.</p></main></body></html>""").orElseThrow();

        assertThat(job.skills()).contains("Java", "Spring Boot", "SQL", "Go").doesNotContain("Cypress", "Phoenix");
    }

    @Test
    void aLocationGivenOnlyAsAPostalCodeIsThePlaceTheAddressGivesForIt() {
        JobPosting job = extract("""
                <html><body><main><h1>Clinical Systems Analyst</h1>
                <table><tr><td>Location</td><td>59801</td></tr><tr><td>Job Type</td><td>Full Time</td></tr></table>
                <p>Requirements: two years of EHR support. Apply now.</p>
                <p>Mountain Valley Hospital, 500 W Broadway St, Missoula, MT 59801</p></main></body></html>""").orElseThrow();

        assertThat(job.location()).isEqualTo(new Location("Missoula", "MT", "US"));
    }

    @Test
    void aSimilarJobsSectionIsNotPartOfThePosting() {
        JobPosting job = extract("""
                <html lang="de"><body><main><h1>Kotlin-Entwicklerin</h1>
                <p>Standort: Hamburg, Deutschland</p><p>Anstellungsart: Vollzeit</p>
                <h2>Ihr Profil</h2><p>Erfahrung mit Kotlin und PostgreSQL.</p>
                <h3>Ähnliche Jobs</h3><ul><li>Ruby-on-Rails-Entwickler (Berlin)</li><li>Terraform Engineer (Köln)</li></ul>
                <h3>Kontakt</h3><p>Jetzt bewerben.</p></main></body></html>""").orElseThrow();

        assertThat(job.skills()).contains("Kotlin", "PostgreSQL").doesNotContain("Ruby on Rails", "Terraform");
        assertThat(job.description()).doesNotContain("Terraform");
    }
}

package com.careergpt.service.scraping.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyNamesTest {

    @Test
    void legalFormCaseAndPunctuationDoNotMatter() {
        assertThat(CompanyNames.normalize("Northwind Labs GmbH")).isEqualTo("northwind labs");
        assertThat(CompanyNames.normalize("Northwind Labs")).isEqualTo("northwind labs");
        assertThat(CompanyNames.normalize("northwind labs, inc.")).isEqualTo("northwind labs");
        assertThat(CompanyNames.normalize("  NORTHWIND   LABS (Ltd.) ")).isEqualTo("northwind labs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme Inc", "Acme Inc.", "Acme, Incorporated", "Acme LLC", "Acme L.L.C.", "Acme Ltd",
        "Acme Limited", "Acme GmbH", "Acme AG", "Acme SE", "Acme S.A.", "Acme SA", "Acme SAS", "Acme BV", "Acme B.V.",
        "Acme N.V.", "Acme Corp", "Acme Corp.", "Acme Corporation", "Acme Co.", "Acme & Co.", "Acme PLC", "Acme plc",
        "Acme Pty Ltd", "Acme Pty. Ltd.", "Acme KG", "Acme GmbH & Co. KG", "Acme Oy", "Acme AB", "Acme AB (publ)",
        "Acme A/S", "Acme ApS", "Acme S.r.l.", "Acme S.p.A.", "Acme sp. z o.o.", "Acme UG (haftungsbeschränkt)",
        "Acme Pvt. Ltd.", "Acme Private Limited", "The Acme Company", "Acme, The", "ACME", "acme"})
    void everyCommonLegalFormIsStripped(String name) {
        assertThat(CompanyNames.normalize(name)).isEqualTo("acme");
    }

    @Test
    void accentsAreFoldedAndAmpersandEqualsAnd() {
        assertThat(CompanyNames.normalize("Société Générale S.A.")).isEqualTo("societe generale");
        assertThat(CompanyNames.normalize("Müller & Söhne GmbH")).isEqualTo(CompanyNames.normalize("Muller and Sohne"));
        assertThat(CompanyNames.normalize("Straße Bau AG")).isEqualTo("strasse bau");
        assertThat(CompanyNames.normalize("Procter & Gamble Co.")).isEqualTo(CompanyNames.normalize("Procter and Gamble"));
    }

    @Test
    void dottedInitialsJoin() {
        assertThat(CompanyNames.normalize("I.B.M. Corp.")).isEqualTo("ibm");
        assertThat(CompanyNames.normalize("IBM")).isEqualTo("ibm");
    }

    @Test
    void onlyWholeTrailingWordsAreStripped() {
        assertThat(CompanyNames.normalize("Coinbase")).isEqualTo("coinbase");
        assertThat(CompanyNames.normalize("Agile Software Corp")).isEqualTo("agile software");
        assertThat(CompanyNames.normalize("SAP SE")).isEqualTo("sap");
        assertThat(CompanyNames.normalize("Limited Brands Inc")).isEqualTo("limited brands");
        assertThat(CompanyNames.normalize("Theory Labs")).isEqualTo("theory labs");
    }

    @Test
    void differentCompaniesStayApart() {
        assertThat(CompanyNames.normalize("Northwind Labs")).isNotEqualTo(CompanyNames.normalize("Northwind Logistics"));
        assertThat(CompanyNames.normalize("Acme Health Inc.")).isNotEqualTo(CompanyNames.normalize("Acme Inc."));
    }

    @Test
    void aNameThatIsOnlyALegalFormKeepsItsWords() {
        assertThat(CompanyNames.normalize("AG")).isEqualTo("ag");
        assertThat(CompanyNames.normalize("Inc.")).isEqualTo("inc");
        assertThat(CompanyNames.normalize("The Company")).isEqualTo("company");
    }

    @Test
    void missingOrBlankNamesGiveAnEmptyKey() {
        assertThat(CompanyNames.normalize(null)).isEmpty();
        assertThat(CompanyNames.normalize("   ")).isEmpty();
        assertThat(CompanyNames.normalize("—, .")).isEmpty();
    }
}

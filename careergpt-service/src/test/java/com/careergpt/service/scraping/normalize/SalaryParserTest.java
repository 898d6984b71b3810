package com.careergpt.service.scraping.normalize;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.careergpt.service.scraping.Salary;
import com.careergpt.service.scraping.SalaryPeriod;

import static org.assertj.core.api.Assertions.assertThat;

class SalaryParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The salary range is $120k–$150k a year, depending on experience | 120000 | 150000 | USD | year
            $120,000 - $150,000                                              | 120000 | 150000 | USD | year
            USD 45/hr                                                        | 45     | 45     | USD | hour
            €50.000 - €60.000 brutto/Jahr                                    | 50000  | 60000  | EUR | year
            Gehalt: 60.000 € – 72.000 € brutto/Jahr, 30 Tage Urlaub           | 60000  | 72000  | EUR | year
            £35,000 pa                                                       | 35000  | 35000  | GBP | year
            Pay: £35 per hour (inside IR35)                                  | 35     | 35     | GBP | hour
            Pay: Up to 90K USD                                               | -      | 90000  | USD | year
            from 60k EUR per year                                            | 60000  | -      | EUR | year
            CA$140,000 - CA$170,000 per year                                 | 140000 | 170000 | CAD | year
            CHF 8'500 per month                                              | 8500   | 8500   | CHF | month
            €450 per day, 6-month contract                                   | 450    | 450    | EUR | day
            $2,000 a week                                                    | 2000   | 2000   | USD | week
            Salary: €75,000 – €95,000 per year, plus equity.                 | 75000  | 95000  | EUR | year
            USD 38.50 - 42.75 an hour                                        | 38.5   | 42.75  | USD | hour
            ₹18,00,000 - ₹24,00,000 per annum                                | 1800000 | 2400000 | INR | year
            """)
    void readsRealWorldPayStatements(String text, BigDecimal min, BigDecimal max, String currency, String period) {
        Salary salary = SalaryParser.fromText(text).orElseThrow();
        if (min == null) {
            assertThat(salary.min()).isNull();
        } else {
            assertThat(salary.min()).isEqualByComparingTo(min);
        }
        if (max == null) {
            assertThat(salary.max()).isNull();
        } else {
            assertThat(salary.max()).isEqualByComparingTo(max);
        }
        assertThat(salary.currency()).isEqualTo(currency);
        assertThat(salary.period()).isEqualTo(SalaryPeriod.fromJson(period).orElseThrow());
        assertThat(salary.source()).isEqualTo(SalaryParser.DESCRIPTION);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"6+ years of backend experience", "We match your 401k contributions",
            "logistics software used by 4,000 warehouses", "Ship games to 20 million players",
            "We raised $40M in funding last year", "Join a team of 250 engineers"})
    void figuresWithoutPayAreNotSalaries(String text) {
        assertThat(SalaryParser.fromText(text)).isEmpty();
    }

    @Test
    void yearlyEquivalentsFollowThePeriod() {
        Salary hourly = SalaryParser.fromText("USD 45/hr").orElseThrow();
        assertThat(hourly.yearlyMin()).isEqualByComparingTo("93600");
        Salary monthly = SalaryParser.fromText("€4.000 pro Monat").orElseThrow();
        assertThat(monthly.yearlyMax()).isEqualByComparingTo("48000");
        assertThat(monthly.flag()).isNull();
    }

    @Test
    void anImplausibleFigureIsKeptAndFlaggedNotAnnualized() {
        Salary salary = SalaryParser.fromText("$95,000 per hour").orElseThrow();
        assertThat(salary.min()).isEqualByComparingTo("95000");
        assertThat(salary.yearlyMin()).isNull();
        assertThat(salary.flag()).isEqualTo("implausible_yearly_amount");
    }

    @Test
    void structuredUnitsAreRead() {
        Optional<Salary> salary = SalaryParser.structured(new BigDecimal("120000"), new BigDecimal("150000"), "usd",
                "per-year-salary");
        assertThat(salary).hasValueSatisfying(value -> {
            assertThat(value.period()).isEqualTo(SalaryPeriod.YEAR);
            assertThat(value.currency()).isEqualTo("USD");
            assertThat(value.source()).isEqualTo(SalaryParser.STRUCTURED);
        });
    }
}

package com.careergpt.service.scraping.collect;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.careergpt.service.scraping.EmploymentType;
import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.Salary;
import com.careergpt.service.scraping.SalaryPeriod;
import com.careergpt.service.scraping.Seniority;
import com.careergpt.service.scraping.normalize.Locations;
import com.careergpt.service.scraping.normalize.PostingDates;
import com.careergpt.service.scraping.normalize.SalaryParser;
import com.careergpt.service.skills.SkillTaxonomy;

import tools.jackson.databind.JsonNode;

/**
 * Reads a language model's {@code job_extract} answer with the checks the rules' own values pass, and a few more
 * since a model may make up what the page does not say: names (company, city) must be written in the posting's
 * text, a country must be a country, pay needs an ISO 4217 currency and a plausible yearly amount for it, a date
 * cannot be in the future, skills must be in the taxonomy. A value that fails is left out, never repaired.
 */
final class ModelValues {

    private static final int MAX_NAME = 200;

    private final JsonNode fields;
    private final String postingText;

    ModelValues(JsonNode fields, String postingText) {
        this.fields = fields;
        this.postingText = postingText.toLowerCase(Locale.ROOT);
    }

    Optional<String> company() {
        return text(fields.path("company")).filter(this::writtenInPosting);
    }

    Optional<Location> location() {
        JsonNode node = fields.path("location");
        if (!node.isObject()) {
            return Optional.empty();
        }
        String city = text(node.path("city")).filter(this::writtenInPosting).orElse(null);
        String country = text(node.path("country")).map(Locations::countryCode).orElse(null);
        String region = text(node.path("region")).orElse(null);
        Location location = Locations.of(city, region, country);
        return Optional.ofNullable(location).filter(found -> found.city() != null || found.country() != null);
    }

    Optional<Salary> salary() {
        JsonNode node = fields.path("salary");
        if (!node.isObject()) {
            return Optional.empty();
        }
        BigDecimal min = positive(node.path("min"));
        BigDecimal max = positive(node.path("max"));
        Optional<String> currency = text(node.path("currency")).map(code -> code.trim().toUpperCase(Locale.ROOT));
        Optional<SalaryPeriod> period = SalaryPeriod.fromJson(text(node.path("period")).orElse(null));
        if (currency.isEmpty() || period.isEmpty() || (min != null && max != null && min.compareTo(max) > 0)) {
            return Optional.empty();
        }
        return SalaryParser.structured(min, max, currency.get(), period.get().json())
                .filter(salary -> currency.get().equals(salary.currency()) && salary.flag() == null);
    }

    Optional<RemoteMode> remote() {
        return text(fields.path("remote")).flatMap(RemoteMode::fromJson);
    }

    Optional<EmploymentType> employmentType() {
        return text(fields.path("employmentType")).flatMap(EmploymentType::fromJson);
    }

    Optional<Seniority> seniority() {
        return text(fields.path("seniority")).flatMap(Seniority::fromJson);
    }

    Optional<LocalDate> datePosted(LocalDate today) {
        return text(fields.path("datePosted")).flatMap(ModelValues::isoDate).filter(date -> !date.isAfter(today));
    }

    List<String> skills(SkillTaxonomy taxonomy) {
        List<String> named = new ArrayList<>();
        fields.path("skills").valueStream().forEach(skill -> text(skill).ifPresent(named::add));
        return taxonomy.canonicalize(named);
    }

    private boolean writtenInPosting(String name) {
        return name.length() <= MAX_NAME && postingText.contains(name.toLowerCase(Locale.ROOT));
    }

    private static Optional<LocalDate> isoDate(String value) {
        try {
            return PostingDates.isoDate(value);
        } catch (RuntimeException notADate) {
            return Optional.empty();
        }
    }

    private static BigDecimal positive(JsonNode node) {
        return node.isNumber() && node.decimalValue().signum() > 0 ? node.decimalValue() : null;
    }

    private static Optional<String> text(JsonNode node) {
        if (node == null || !node.isString() || node.asString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(node.asString().strip());
    }
}

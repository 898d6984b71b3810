package com.careergpt.service.scraping.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import com.careergpt.service.scraping.EmploymentType;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.Salary;
import com.careergpt.service.scraping.normalize.JobAttributes;
import com.careergpt.service.scraping.normalize.Locations;
import com.careergpt.service.scraping.normalize.PostingDates;
import com.careergpt.service.scraping.normalize.SalaryParser;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** schema.org JobPosting in JSON-LD: top level, in arrays or in an {@code @graph}; HTML-escaped descriptions decoded. */
final class JsonLdReader {

    private final JsonMapper json;

    JsonLdReader(JsonMapper json) {
        this.json = json;
    }

    Optional<Draft> read(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = json.readTree(script.data().trim());
            } catch (JacksonException unreadable) {
                continue;
            }
            Optional<JsonNode> posting = findPosting(root);
            if (posting.isPresent()) {
                return Optional.of(draft(posting.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> findPosting(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<JsonNode> found = findPosting(item);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (node.isObject()) {
            if (isPosting(node.path("@type"))) {
                return Optional.of(node);
            }
            return findPosting(node.get("@graph"));
        }
        return Optional.empty();
    }

    private static boolean isPosting(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode item : type) {
                if (isPosting(item)) {
                    return true;
                }
            }
            return false;
        }
        return type.isString() && type.asString().endsWith("JobPosting");
    }

    private static Draft draft(JsonNode node) {
        Draft draft = new Draft();
        draft.extractor = "json-ld";
        draft.title = text(node.get("title"));
        JsonNode organization = node.path("hiringOrganization");
        draft.company = organization.isString() ? organization.asString() : text(organization.get("name"));
        JsonNode location = first(node.get("jobLocation"));
        JsonNode address = location == null ? null : location.path("address");
        if (address != null && address.isObject()) {
            JsonNode country = address.path("addressCountry");
            String countryName = country.isObject() ? text(country.get("name")) : text(country);
            draft.location = Locations.of(text(address.get("addressLocality")), text(address.get("addressRegion")), countryName);
        } else if (address != null && address.isString()) {
            draft.location = Locations.parse(address.asString());
        }
        String locationType = text(node.get("jobLocationType"));
        if (locationType != null && locationType.contains("TELECOMMUTE")) {
            draft.remote = RemoteMode.REMOTE;
        }
        draft.employmentType = employment(node.get("employmentType"));
        draft.datePosted = date(node.get("datePosted"));
        draft.validThrough = date(node.get("validThrough"));
        draft.salary = salary(node.get("baseSalary"));
        String description = text(node.get("description"));
        if (description != null) {
            String decoded = description.contains("&lt;") ? Parser.unescapeEntities(description, false) : description;
            draft.descriptionHtml = Jsoup.parseBodyFragment(decoded).body().html();
        }
        draft.applyUrl = text(node.get("url"));
        return draft;
    }

    private static EmploymentType employment(JsonNode value) {
        if (value == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> values.add(item.asString()));
        } else {
            values.add(value.asString());
        }
        return values.stream().map(JobAttributes::employmentType).flatMap(Optional::stream).findFirst().orElse(null);
    }

    private static Salary salary(JsonNode baseSalary) {
        if (baseSalary == null || !baseSalary.isObject()) {
            return null;
        }
        String currency = text(baseSalary.get("currency"));
        JsonNode value = baseSalary.path("value");
        if (value.isNumber() || value.isString()) {
            BigDecimal amount = decimal(value);
            return SalaryParser.structured(amount, amount, currency, text(baseSalary.get("unitText"))).orElse(null);
        }
        BigDecimal min = decimal(value.get("minValue"));
        BigDecimal max = decimal(value.get("maxValue"));
        if (min == null && max == null) {
            min = decimal(value.get("value"));
            max = min;
        }
        String unit = text(value.get("unitText")) != null ? text(value.get("unitText")) : text(baseSalary.get("unitText"));
        return SalaryParser.structured(min, max, currency, unit).orElse(null);
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        try {
            return new BigDecimal(node.asString().replaceAll("[^0-9.]", ""));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static LocalDate date(JsonNode node) {
        String value = text(node);
        return value == null ? null : PostingDates.isoDate(value).orElse(null);
    }

    private static JsonNode first(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isArray() ? (node.isEmpty() ? null : node.get(0)) : node;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        String value = node.asString().trim();
        return value.isEmpty() ? null : value;
    }
}

package com.careergpt.service.scraping.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.careergpt.service.scraping.normalize.JobAttributes;
import com.careergpt.service.scraping.normalize.Locations;
import com.careergpt.service.scraping.normalize.PostingDates;
import com.careergpt.service.scraping.normalize.SalaryParser;

/** schema.org JobPosting in microdata ({@code itemscope itemtype=".../JobPosting"} with {@code itemprop}s). */
final class MicrodataReader {

    Optional<Draft> read(Document page) {
        Element posting = page.selectFirst("[itemtype~=(?i)schema.org/JobPosting]");
        if (posting == null) {
            return Optional.empty();
        }
        Draft draft = new Draft();
        draft.extractor = "microdata";
        draft.title = prop(posting, "title");
        Element organization = posting.selectFirst("[itemprop=hiringOrganization]");
        if (organization != null) {
            String name = prop(organization, "name");
            draft.company = name != null ? name : organization.text();
        }
        Element address = posting.selectFirst("[itemprop=jobLocation] [itemprop=address]");
        if (address != null) {
            draft.location = Locations.of(prop(address, "addressLocality"), prop(address, "addressRegion"),
                    prop(address, "addressCountry"));
        }
        String employment = prop(posting, "employmentType");
        draft.employmentType = JobAttributes.employmentType(employment).orElse(null);
        draft.datePosted = date(posting, "datePosted");
        draft.validThrough = date(posting, "validThrough");
        Element salary = posting.selectFirst("[itemprop=baseSalary]");
        if (salary != null) {
            draft.salary = SalaryParser.structured(decimal(prop(salary, "minValue")), decimal(prop(salary, "maxValue")),
                    prop(salary, "currency"), prop(salary, "unitText")).orElse(null);
        }
        Element description = posting.selectFirst("[itemprop=description]");
        draft.descriptionHtml = description == null ? null : description.html();
        return Optional.of(draft);
    }

    private static LocalDate date(Element scope, String name) {
        Element element = scope.selectFirst("[itemprop=" + name + "]");
        if (element == null) {
            return null;
        }
        String value = element.hasAttr("datetime") ? element.attr("datetime")
                : element.hasAttr("content") ? element.attr("content") : element.text();
        return PostingDates.isoDate(value).or(() -> PostingDates.parse(value, LocalDate.now())).orElse(null);
    }

    private static String prop(Element scope, String name) {
        Element element = scope.selectFirst("[itemprop=" + name + "]");
        if (element == null) {
            return null;
        }
        String value = element.hasAttr("content") ? element.attr("content") : element.text();
        return value.isBlank() ? null : value.trim();
    }

    private static BigDecimal decimal(String value) {
        try {
            return value == null ? null : new BigDecimal(value.replaceAll("[^0-9.]", ""));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}

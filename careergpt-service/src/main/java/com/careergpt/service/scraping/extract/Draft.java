package com.careergpt.service.scraping.extract;

import java.time.LocalDate;

import com.careergpt.service.scraping.EmploymentType;
import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.Salary;

/**
 * What the readers found so far. A later reader only fills what an earlier one left empty, so structured data wins
 * over page heuristics field by field.
 */
final class Draft {

    String title;
    String company;
    Location location;
    RemoteMode remote;
    Salary salary;
    EmploymentType employmentType;
    LocalDate datePosted;
    LocalDate validThrough;
    String applyUrl;
    String descriptionHtml;
    String extractor;

    boolean hasTitle() {
        return title != null && !title.isBlank();
    }

    void fillFrom(Draft other) {
        title = title != null ? title : other.title;
        company = company != null ? company : other.company;
        location = merge(location, other.location);
        remote = remote != null ? remote : other.remote;
        salary = salary != null ? salary : other.salary;
        employmentType = employmentType != null ? employmentType : other.employmentType;
        datePosted = datePosted != null ? datePosted : other.datePosted;
        validThrough = validThrough != null ? validThrough : other.validThrough;
        applyUrl = applyUrl != null ? applyUrl : other.applyUrl;
        descriptionHtml = descriptionHtml != null ? descriptionHtml : other.descriptionHtml;
        extractor = extractor != null ? extractor : other.extractor;
    }

    private static Location merge(Location first, Location second) {
        if (first == null) {
            return second;
        }
        if (second == null) {
            return first;
        }
        return new Location(first.city() != null ? first.city() : second.city(),
                first.region() != null ? first.region() : second.region(),
                first.country() != null ? first.country() : second.country());
    }
}

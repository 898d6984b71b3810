package com.careergpt.service.scraping;

import jakarta.persistence.Embeddable;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where the job is: city, region (state or province code where one exists) and ISO 3166-1 alpha-2 country. */
@Embeddable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(String city, String region, String country) {
}

package com.careergpt.service.scraping;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where the job is: city, region (state or province code where one exists) and ISO 3166-1 alpha-2 country. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(String city, String region, String country) {
}

package com.careergpt.service.scraping.collect;

import java.util.Optional;

/**
 * A language model that reads a posting's text and answers its fields ({@code job_extract}'s output: title,
 * company, location, remote, salary, employmentType, seniority, datePosted, skills). Collection owns this
 * interface and the LLM feature implements it, so collection needs nothing of the router.
 */
public interface ModelFieldSource {

    /**
     * The model's answer, or empty when no language model is routed for job extraction (the builtin rules would
     * only repeat what the extractor found).
     *
     * @throws RuntimeException when the model was asked and gave no usable answer
     */
    Optional<ModelFields> read(String postingText);
}

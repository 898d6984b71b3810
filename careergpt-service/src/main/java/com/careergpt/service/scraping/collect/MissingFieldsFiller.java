package com.careergpt.service.scraping.collect;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.Provenance;
import com.careergpt.service.skills.SkillTaxonomy;

/**
 * The last extraction step, when {@code careergpt.collect.llm-fill} is on and a language model (OpenAI or Ollama)
 * is routed for {@code job_extract}: the model reads the post's text and fills only the fields the structured data
 * and rules left empty, each checked like a rule value ({@link ModelValues}) and named in {@code fieldSources} with
 * the model that gave it. A value the rules found is never replaced. A failed call leaves the posting as it was:
 * the fill is a bonus, never a reason to lose a job.
 */
@Component
class MissingFieldsFiller {

    private static final Logger log = LoggerFactory.getLogger(MissingFieldsFiller.class);

    private final ModelFieldSource model;
    private final CollectionProperties properties;
    private final SkillTaxonomy taxonomy;
    private final Clock clock;

    MissingFieldsFiller(ModelFieldSource model, CollectionProperties properties, SkillTaxonomy taxonomy, Clock clock) {
        this.model = model;
        this.properties = properties;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    JobPosting fill(JobPosting posting) {
        if (!properties.llmFill() || complete(posting)) {
            return posting;
        }
        String text = posting.title() + "\n" + (posting.description() == null ? "" : posting.description());
        Optional<ModelFields> answer;
        try {
            answer = model.read(text);
        } catch (RuntimeException failed) {
            log.warn("A language model could not fill the missing fields of '{}'; keeping what the rules found: {}",
                    posting.title(), failed.getMessage());
            return posting;
        }
        if (answer.isEmpty() || !answer.get().fields().isObject()) {
            return posting;
        }
        return merged(posting, new ModelValues(answer.get().fields(), text), answer.get().source());
    }

    private JobPosting merged(JobPosting posting, ModelValues values, String source) {
        Fill fill = new Fill(new LinkedHashMap<>(), source);
        var company = fill.field("company", posting.company(), values::company);
        var location = fill.field("location", posting.location(), values::location);
        var remote = fill.field("remote", posting.remote(), values::remote);
        var salary = fill.field("salary", posting.salary(), values::salary);
        var employmentType = fill.field("employmentType", posting.employmentType(), values::employmentType);
        var seniority = fill.field("seniority", posting.seniority(), values::seniority);
        var datePosted = fill.field("datePosted", posting.datePosted(), () -> values.datePosted(LocalDate.now(clock)));
        List<String> skills = fill.field("skills", posting.skills().isEmpty() ? null : posting.skills(),
                () -> Optional.of(values.skills(taxonomy)).filter(found -> !found.isEmpty()));
        if (fill.filled().isEmpty()) {
            return posting;
        }
        Map<String, String> sources = new LinkedHashMap<>(posting.fieldSources() == null ? Map.of() : posting.fieldSources());
        sources.putAll(fill.filled());
        Provenance provenance = posting.provenance();
        Provenance marked = provenance == null ? null : new Provenance(provenance.source(), provenance.fetcher(),
                provenance.extractor() + "+llm", provenance.fetchedAt());
        return new JobPosting(posting.title(), company, location, remote, salary, employmentType, seniority, datePosted,
                posting.validThrough(), posting.applyUrl(), posting.canonicalUrl(), posting.description(),
                posting.descriptionMarkdown(), skills == null ? List.of() : skills, marked, sources);
    }

    private static boolean complete(JobPosting posting) {
        return posting.company() != null && posting.location() != null && posting.salary() != null
                && posting.employmentType() != null && posting.remote() != null;
    }

    /** Takes the model's value only where the rules found none, and notes which fields it took. */
    private record Fill(Map<String, String> filled, String source) {

        <T> T field(String name, T ruleValue, Supplier<Optional<T>> modelValue) {
            if (ruleValue != null) {
                return ruleValue;
            }
            Optional<T> found = modelValue.get();
            found.ifPresent(value -> filled.put(name, source));
            return found.orElse(null);
        }
    }
}

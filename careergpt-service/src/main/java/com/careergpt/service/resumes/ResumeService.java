package com.careergpt.service.resumes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

import com.careergpt.common.web.ItemPage;
import com.careergpt.common.web.PageParams;
import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.service.embeddings.ResumeVectors;
import com.careergpt.service.resumes.read.ResumeDocument;
import com.careergpt.service.resumes.read.ResumeDocumentReader;
import com.careergpt.service.resumes.read.ResumeReadException;
import com.careergpt.service.resumes.read.ResumeSectionParser;
import com.careergpt.service.resumes.read.ResumeSections;
import com.careergpt.service.skills.SkillTaxonomy;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resumes of their owners: read from the uploaded file (type sniffed from the content), parsed into sections and
 * skills, stored with the original in one transaction, then embedded (an embedding failure leaves the resume
 * stored; its vector is made when first needed). Another user's resume is answered as not found.
 */
@Service
@Validated
public class ResumeService {

    private static final Logger log = LoggerFactory.getLogger(ResumeService.class);
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {
    };

    private final ResumeRepository resumes;
    private final ResumeDocumentReader reader;
    private final ResumeSectionParser parser;
    private final ResumeVectors vectors;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    ResumeService(ResumeRepository resumes, ResumeProperties properties, SkillTaxonomy taxonomy, ResumeVectors vectors,
            TransactionTemplate transactions, JsonMapper json, Clock clock) {
        this.resumes = resumes;
        this.reader = new ResumeDocumentReader(properties.maxUploadBytes().toBytes());
        this.parser = new ResumeSectionParser(taxonomy);
        this.vectors = vectors;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    public ResumeView upload(String ownerId, String fileName, byte[] content) {
        ResumeDocument document;
        try {
            document = reader.read(content, fileName);
        } catch (ResumeReadException unreadable) {
            throw problem(unreadable);
        }
        ResumeSections sections = parser.parse(document.text(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        String id = UUID.randomUUID().toString();
        Resume resume = new Resume(id, ownerId, cleanName(fileName), document.mediaType(), content, document.pages(),
                document.text(), json.writeValueAsString(sectionsJson(sections)),
                json.writeValueAsString(sections.skills()), clock.instant());
        transactions.executeWithoutResult(status -> resumes.save(resume));
        try {
            vectors.vectorOf(id, document.text());
        } catch (RuntimeException failure) {
            log.warn("Resume {} stored but not embedded yet: {}", id, failure.toString());
        }
        return view(resume, true);
    }

    public ItemPage<ResumeView> list(String ownerId, @Valid PageParams paging) {
        Page<Resume> found = resumes.findByOwnerId(ownerId,
                PageRequest.of(paging.page(), paging.size(),
                        Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))));
        return new ItemPage<>(found.getContent().stream().map(resume -> view(resume, false)).toList(),
                paging.page(), paging.size(),
                found.getTotalElements(), found.getTotalPages());
    }

    public ResumeView get(String ownerId, String id) {
        return view(owned(id, ownerId), true);
    }

    /** The file as uploaded. */
    public Original original(String ownerId, String id) {
        Resume resume = owned(id, ownerId);
        return new Original(resume.fileName(), resume.mediaType(), resume.original());
    }

    public record Original(String fileName, String mediaType, byte[] content) {
    }

    public void delete(String ownerId, String id) {
        Resume resume = owned(id, ownerId);
        transactions.executeWithoutResult(status -> {
            resumes.delete(resume);
            vectors.delete(id);
        });
    }

    /** The owner's resume as other features read it; 404 naming {@code resumeId} otherwise. */
    public StoredResume stored(String id, String ownerId) {
        Resume resume = owned(id, ownerId);
        JsonNode sections = json.readTree(resume.sections());
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : List.of("contact", "summary", "experience", "education", "skills", "other")) {
            JsonNode text = sections.path("texts").get(name);
            if (text != null && text.isString() && !text.asString().isBlank()) {
                texts.put(name, text.asString());
            }
        }
        JsonNode years = sections.get("yearsOfExperience");
        List<String> employers = new ArrayList<>();
        sections.path("employers").forEach(employer -> employers.add(employer.asString()));
        return new StoredResume(resume.id(), resume.ownerId(), resume.text(), texts,
                years == null || years.isNull() ? null : years.asDouble(), employers,
                json.readValue(resume.skills(), STRING_LIST));
    }

    private Resume owned(String id, String ownerId) {
        return resumes.findByIdAndOwnerId(id, ownerId).orElseThrow(() -> new ProblemException(
                ProblemType.RESUME_NOT_FOUND, "You have no resume with id " + id + ".").with("field", "resumeId"));
    }

    private ObjectNode sectionsJson(ResumeSections sections) {
        ObjectNode node = json.createObjectNode();
        node.set("contact", json.valueToTree(sections.contact()));
        ObjectNode texts = node.putObject("texts");
        putText(texts, "contact", sections.contactText());
        putText(texts, "summary", sections.summary());
        putText(texts, "experience", sections.experience());
        putText(texts, "education", sections.education());
        putText(texts, "skills", sections.skillsSection());
        putText(texts, "other", sections.other());
        node.set("experienceEntries", json.valueToTree(sections.experienceEntries()));
        node.set("employers", json.valueToTree(sections.employers()));
        if (sections.yearsOfExperience() > 0) {
            node.put("yearsOfExperience", Math.round(sections.yearsOfExperience() * 10) / 10.0);
        } else {
            node.putNull("yearsOfExperience");
        }
        return node;
    }

    private static void putText(ObjectNode texts, String name, String value) {
        if (value != null && !value.isBlank()) {
            texts.put(name, value);
        }
    }

    private ResumeView view(Resume resume, boolean whole) {
        JsonNode sections = json.readTree(resume.sections());
        JsonNode years = sections.get("yearsOfExperience");
        return new ResumeView(resume.id(), resume.fileName(), resume.mediaType(), resume.sizeBytes(), resume.pages(),
                resume.createdAt(), json.readValue(resume.skills(), STRING_LIST),
                years == null || years.isNull() ? null : years.asDouble(), whole ? sections : null,
                whole ? resume.text() : null);
    }

    private static String cleanName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    private static ProblemException problem(ResumeReadException unreadable) {
        ProblemType type = switch (unreadable.reason()) {
            case EMPTY -> ProblemType.RESUME_EMPTY;
            case TOO_LARGE -> ProblemType.RESUME_TOO_LARGE;
            case UNSUPPORTED_TYPE -> ProblemType.RESUME_UNSUPPORTED_TYPE;
            case CORRUPT -> ProblemType.RESUME_CORRUPT;
            case ENCRYPTED -> ProblemType.RESUME_ENCRYPTED;
            case NO_TEXT -> ProblemType.RESUME_NO_TEXT;
        };
        String reason = unreadable.reason().name().toLowerCase().replace('_', '-');
        return new ProblemException(type, unreadable.getMessage())
                .with("field", "file").with("reason", reason);
    }
}

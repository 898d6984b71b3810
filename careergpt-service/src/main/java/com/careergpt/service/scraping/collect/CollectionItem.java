package com.careergpt.service.scraping.collect;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One source of a collection and how it ended. Pasted input and feed postings keep their body here until done, so a
 * collection interrupted by a restart can be finished without asking the user again.
 */
@Entity
@Table(name = "collection_items")
@IdClass(CollectionItemId.class)
class CollectionItem {

    static final int MAX_REASON = 1000;

    @Id
    private String collectionId;

    @Id
    private int position;

    @Column(nullable = false)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InputKind inputKind;

    private String inputBody;

    /** The feed a posting item was read from. */
    private String via;

    @Enumerated(EnumType.STRING)
    private ItemOutcome outcome;

    private String jobId;

    private String duplicateOf;

    private String reason;

    protected CollectionItem() {
    }

    CollectionItem(String collectionId, int position, String source, InputKind inputKind, String inputBody, String via) {
        this.collectionId = collectionId;
        this.position = position;
        this.source = source;
        this.inputKind = inputKind;
        this.inputBody = inputBody;
        this.via = via;
    }

    String collectionId() {
        return collectionId;
    }

    int position() {
        return position;
    }

    String source() {
        return source;
    }

    InputKind inputKind() {
        return inputKind;
    }

    String inputBody() {
        return inputBody;
    }

    String via() {
        return via;
    }

    ItemOutcome outcome() {
        return outcome;
    }

    String jobId() {
        return jobId;
    }

    String duplicateOf() {
        return duplicateOf;
    }

    String reason() {
        return reason;
    }

    boolean pending() {
        return outcome == null;
    }

    void becomePosting(String postingUrl, String postingJson, String feedUrl) {
        this.source = postingUrl;
        this.inputKind = InputKind.POSTING;
        this.inputBody = postingJson;
        this.via = feedUrl;
    }

    /** Records the end; the pasted body is no longer needed once the job (and its raw page) is stored. */
    void finish(ItemOutcome outcome, String jobId, String duplicateOf, String reason) {
        this.outcome = outcome;
        this.jobId = jobId;
        this.duplicateOf = duplicateOf;
        this.reason = reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
        this.inputBody = null;
    }
}

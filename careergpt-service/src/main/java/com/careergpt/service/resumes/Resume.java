package com.careergpt.service.resumes;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An uploaded resume: the file as sent, the text read from it, and what was parsed from that text. */
@Entity
@Table(name = "resumes")
class Resume {

    @Id
    private String id;

    @Column(nullable = false)
    private String ownerId;

    private String fileName;

    @Column(nullable = false)
    private String mediaType;

    @Column(nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private int pages;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] original;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private String sections;

    @Column(nullable = false)
    private String skills;

    @Column(nullable = false)
    private Instant createdAt;

    protected Resume() {
    }

    Resume(String id, String ownerId, String fileName, String mediaType, byte[] original, int pages, String text,
            String sections, String skills, Instant createdAt) {
        this.id = id;
        this.ownerId = ownerId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = original.length;
        this.original = original;
        this.pages = pages;
        this.text = text;
        this.sections = sections;
        this.skills = skills;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    String ownerId() {
        return ownerId;
    }

    String fileName() {
        return fileName;
    }

    String mediaType() {
        return mediaType;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    int pages() {
        return pages;
    }

    byte[] original() {
        return original;
    }

    String text() {
        return text;
    }

    String sections() {
        return sections;
    }

    String skills() {
        return skills;
    }

    Instant createdAt() {
        return createdAt;
    }
}

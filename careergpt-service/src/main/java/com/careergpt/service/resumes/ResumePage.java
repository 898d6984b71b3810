package com.careergpt.service.resumes;

import java.util.List;

/** One page of a user's resumes, newest first. */
public record ResumePage(List<ResumeView> items, int page, int size, long total, int totalPages) {
}

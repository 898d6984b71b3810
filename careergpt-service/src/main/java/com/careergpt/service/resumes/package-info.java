/**
 * Uploaded resumes: reading PDF, DOCX and text into sections, storing them per owner, and their API.
 */
@ApplicationModule(displayName = "Resumes", allowedDependencies = { "embeddings", "security", "skills" })
package com.careergpt.service.resumes;

import org.springframework.modulith.ApplicationModule;

package org.fairpact.application;

import java.util.Optional;
import org.fairpact.analysis.extraction.DocumentType;
import org.fairpact.domain.model.document.StoredContent;

/** The command to analyse stored bytes for a tenant. */
public record SubmitDocument(
    String tenant,
    StoredContent content,
    String filename,
    DocumentType type,
    boolean needsOcr,
    Optional<String> languageHint,
    Optional<String> idempotencyKey) {}

package org.fairpact.domain.model.document;

/**
 * Bytes already written to the object store: content-addressed, so the same bytes always have the
 * same key.
 */
public record StoredContent(String sha256, String storageKey, long sizeBytes) {}

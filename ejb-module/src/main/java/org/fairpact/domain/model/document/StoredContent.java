package org.fairpact.domain.model.document;

/**
 * Bytes already written to the object store under a key of their own document: no object is shared
 * between documents, so none between tenants, and erasing a document erases its object.
 */
public record StoredContent(String sha256, String storageKey, long sizeBytes) {}

package org.fairpact.client;

/** A stored document: its detected type, size and SHA-256. */
public record Document(
    String id,
    String tenant,
    String filename,
    String type,
    String mediaType,
    long sizeBytes,
    String sha256,
    String createdAt) {}

package org.fairpact.application;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The command to analyse an upload for a tenant: the bytes already spooled to {@code file} with
 * their SHA-256 and size, as the caller named and described them.
 */
public record SubmitDocument(
    String tenant,
    Path file,
    String sha256,
    long sizeBytes,
    String filename,
    Optional<String> languageHint,
    Optional<String> idempotencyKey) {}

package org.fairpact.client;

/** The answer to an accepted upload (202): follow {@code analysisId}. */
public record Submission(String analysisId, String documentId, String status, boolean replayed) {}

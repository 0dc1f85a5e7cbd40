package org.fairpact.interfaces.rest;

import org.fairpact.domain.model.document.Document;

/** A stored document of a tenant: its detected type, size and SHA-256. */
public record DocumentView(
    String id,
    String tenant,
    String filename,
    String type,
    String mediaType,
    long sizeBytes,
    String sha256,
    String createdAt) {

  static DocumentView of(Document document) {
    return new DocumentView(
        document.id().toString(),
        document.tenant(),
        document.filename(),
        document.type().name(),
        document.type().mediaType(),
        document.sizeBytes(),
        document.sha256(),
        document.createdAt().toString());
  }
}

package org.fairpact.interfaces.rest;

import org.fairpact.domain.model.document.Document;

public record DocumentView(
    String id,
    String filename,
    String type,
    String mediaType,
    long sizeBytes,
    String sha256,
    String createdAt) {

  static DocumentView of(Document document) {
    return new DocumentView(
        document.id().toString(),
        document.filename(),
        document.type().name(),
        document.type().mediaType(),
        document.sizeBytes(),
        document.sha256(),
        document.createdAt().toString());
  }
}

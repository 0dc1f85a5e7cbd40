package org.fairpact.application;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import org.fairpact.domain.model.document.StoredContent;

/**
 * Where document bytes live: one object per document (never shared between documents, so never
 * between tenants), written once, read by workers, deleted when the document is erased.
 */
public interface DocumentStore {

  /** Stores the file as the bytes of the document; storing them again replaces them. */
  StoredContent put(UUID documentId, Path file, String sha256, long sizeBytes, String mediaType)
      throws IOException;

  /** Copies the stored bytes to {@code target}. */
  void fetch(String storageKey, Path target) throws IOException;

  /** Deletes the stored bytes; deleting what is not there succeeds. */
  void delete(String storageKey) throws IOException;

  /** Whether the store answers right now (for readiness). */
  boolean isReachable();
}

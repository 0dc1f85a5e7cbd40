package org.fairpact.application;

import java.io.IOException;
import java.nio.file.Path;
import org.fairpact.domain.model.document.StoredContent;

/** Where document bytes live: content-addressed by SHA-256, written once, read by workers. */
public interface DocumentStore {

  /** Stores the file under its hash; storing the same bytes twice is a no-op. */
  StoredContent put(Path file, String sha256, long sizeBytes, String mediaType) throws IOException;

  /** Copies the stored bytes to {@code target}. */
  void fetch(String storageKey, Path target) throws IOException;

  /** Whether the store answers right now (for readiness). */
  boolean isReachable();
}

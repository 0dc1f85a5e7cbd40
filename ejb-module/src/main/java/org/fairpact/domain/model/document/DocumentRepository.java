package org.fairpact.domain.model.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fairpact.domain.model.Listing;

public interface DocumentRepository {

  void store(Document document);

  Optional<Document> find(UUID id);

  /** A document of another tenant is reported as absent, never as forbidden. */
  Optional<Document> findForTenant(UUID id, String tenant);

  /** A page of documents, newest first (by creation time, ties by id). */
  List<Document> list(Listing listing);

  /**
   * The document, locked until the caller's transaction ends, so that two erasures of it (or an
   * erasure and a retention run) take turns; absent if it is gone or of another tenant.
   */
  Optional<Document> lockForErasure(UUID id, Optional<String> tenant);

  /** Deletes the document row (its analyses must be erased first, in the same transaction). */
  void erase(UUID id);

  /** Whether any document still refers to the stored object. */
  boolean isStored(String storageKey);

  /** The tenants that have documents. */
  List<String> tenants();

  /** Ids of the tenant's documents created before {@code cutoff}, oldest first. */
  List<UUID> createdBefore(String tenant, OffsetDateTime cutoff, int limit);
}

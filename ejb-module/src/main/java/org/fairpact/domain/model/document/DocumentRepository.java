package org.fairpact.domain.model.document;

import java.util.Optional;
import java.util.UUID;

public interface DocumentRepository {

  void store(Document document);

  Optional<Document> find(UUID id);

  /** A document of another tenant is reported as absent, never as forbidden. */
  Optional<Document> findForTenant(UUID id, String tenant);
}

package org.fairpact.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fairpact.domain.model.Listing;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.AnalysisRepository;
import org.fairpact.domain.model.analysis.AnalysisStatus;
import org.fairpact.domain.model.analysis.Finding;
import org.fairpact.domain.model.document.Document;
import org.fairpact.domain.model.document.DocumentRepository;

/**
 * Read side for the API. A caller scoped to a tenant sees only that tenant's data; an absent tenant
 * scope (admins) sees everything. Reads begin no transaction of their own (SUPPORTS): there is
 * nothing to commit, so a database that goes away after the query has answered cannot fail the
 * request at a commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AnalysisQueries {

  @Inject AnalysisRepository analyses;
  @Inject DocumentRepository documents;

  public Optional<Analysis> analysis(UUID id, Optional<String> tenant) {
    return tenant.isPresent() ? analyses.findForTenant(id, tenant.get()) : analyses.find(id);
  }

  public Optional<Document> document(UUID id, Optional<String> tenant) {
    return tenant.isPresent() ? documents.findForTenant(id, tenant.get()) : documents.find(id);
  }

  public List<Finding> findings(UUID analysisId) {
    return analyses.findings(analysisId);
  }

  /** A page of analyses, newest first; the listing's tenant confines it as above. */
  public List<Analysis> analyses(Listing listing, Optional<AnalysisStatus> status) {
    return analyses.list(listing, status);
  }

  /** A page of documents, newest first. */
  public List<Document> documents(Listing listing) {
    return documents.list(listing);
  }
}

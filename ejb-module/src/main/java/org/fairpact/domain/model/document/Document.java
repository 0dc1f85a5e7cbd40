package org.fairpact.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.fairpact.analysis.extraction.DocumentType;

/** A submitted contract. Its bytes live in the object store under {@link #storageKey()}. */
@Entity
@Table(name = "document")
@NamedQuery(
    name = "Document.byIdAndTenant",
    query = "SELECT d FROM Document d WHERE d.id = :id AND d.tenant = :tenant")
public class Document {

  @Id private UUID id;

  @Column(nullable = false)
  private String tenant;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "storage_key", nullable = false)
  private String storageKey;

  private String filename;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false)
  private DocumentType type;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Document() {}

  public Document(
      UUID id,
      String tenant,
      StoredContent content,
      String filename,
      DocumentType type,
      OffsetDateTime createdAt) {
    this.id = id;
    this.tenant = tenant;
    this.sha256 = content.sha256();
    this.storageKey = content.storageKey();
    this.sizeBytes = content.sizeBytes();
    this.filename = filename;
    this.type = type;
    this.createdAt = createdAt;
  }

  public UUID id() {
    return id;
  }

  public String tenant() {
    return tenant;
  }

  public String sha256() {
    return sha256;
  }

  public String storageKey() {
    return storageKey;
  }

  public String filename() {
    return filename;
  }

  public DocumentType type() {
    return type;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}

package org.fairpact.domain.model.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fairpact.analysis.register.RegisterEntry;

/**
 * A register entry as stored. {@code contentHash} lets the sync tell unchanged entries apart
 * without comparing every field; the {@code *Instance} columns hold batch job instance ids so a
 * restarted sync still knows what it added, changed and saw.
 */
@Entity
@Table(name = "register_entry")
@NamedQuery(
    name = "RegisterClause.active",
    query = "SELECT r FROM RegisterClause r WHERE r.active = true ORDER BY r.registerNumber")
@NamedQuery(
    name = "RegisterClause.hashes",
    query = "SELECT r.registerNumber, r.contentHash, r.active FROM RegisterClause r")
@NamedQuery(
    name = "RegisterClause.countActive",
    query = "SELECT COUNT(r) FROM RegisterClause r WHERE r.active = true")
@NamedQuery(
    name = "RegisterClause.countAddedBy",
    query = "SELECT COUNT(r) FROM RegisterClause r WHERE r.firstSeenInstance = :instance")
@NamedQuery(
    name = "RegisterClause.countChangedBy",
    query =
        "SELECT COUNT(r) FROM RegisterClause r WHERE r.changedInstance = :instance"
            + " AND (r.firstSeenInstance IS NULL OR r.firstSeenInstance <> :instance)")
@NamedQuery(
    name = "RegisterClause.countSeenBy",
    query = "SELECT COUNT(r) FROM RegisterClause r WHERE r.seenInstance = :instance")
@NamedQuery(
    name = "RegisterClause.deactivateUnseen",
    query =
        "UPDATE RegisterClause r SET r.active = false, r.changedInstance = :instance,"
            + " r.updatedAt = :now WHERE r.active = true"
            + " AND (r.seenInstance IS NULL OR r.seenInstance <> :instance)")
public class RegisterClause {

  @Id
  @Column(name = "register_number")
  private int registerNumber;

  @Column(name = "judgment_date")
  private LocalDate judgmentDate;

  @Column(name = "case_signature")
  private String caseSignature;

  private String court;
  private String claimant;
  private String defendants;

  @Column(name = "clause_text", nullable = false)
  private String clauseText;

  @Column(name = "entry_date")
  private LocalDate entryDate;

  private String remarks;
  private String sector;

  @Column(name = "content_hash", nullable = false)
  private String contentHash;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "newly_added", nullable = false)
  private boolean newlyAdded;

  @Column(name = "first_seen_instance")
  private Long firstSeenInstance;

  @Column(name = "changed_instance")
  private Long changedInstance;

  @Column(name = "seen_instance")
  private Long seenInstance;

  @Column(name = "first_seen_at", nullable = false)
  private OffsetDateTime firstSeenAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected RegisterClause() {}

  public static RegisterClause added(
      RegisterEntry entry, String contentHash, long syncInstance, OffsetDateTime now) {
    RegisterClause clause = new RegisterClause();
    clause.registerNumber = entry.registerNumber();
    clause.copy(entry, contentHash);
    clause.active = true;
    clause.newlyAdded = true;
    clause.firstSeenInstance = syncInstance;
    clause.changedInstance = syncInstance;
    clause.seenInstance = syncInstance;
    clause.firstSeenAt = now;
    clause.updatedAt = now;
    return clause;
  }

  /** Applies the source's current content; returns whether anything changed. */
  public boolean update(
      RegisterEntry entry, String newHash, long syncInstance, OffsetDateTime now) {
    seenInstance = syncInstance;
    if (newHash.equals(contentHash) && active) {
      return false;
    }
    copy(entry, newHash);
    active = true;
    if (firstSeenInstance == null || firstSeenInstance != syncInstance) {
      newlyAdded = false;
    }
    changedInstance = syncInstance;
    updatedAt = now;
    return true;
  }

  private void copy(RegisterEntry entry, String hash) {
    judgmentDate = entry.judgmentDate();
    caseSignature = entry.caseSignature();
    court = entry.court();
    claimant = entry.claimant();
    defendants = entry.defendants();
    clauseText = entry.clauseText();
    entryDate = entry.entryDate();
    remarks = entry.remarks();
    sector = entry.sector();
    contentHash = hash;
  }

  public RegisterEntry toEntry() {
    return new RegisterEntry(
        registerNumber,
        judgmentDate,
        caseSignature,
        court,
        claimant,
        defendants,
        clauseText,
        entryDate,
        remarks,
        sector);
  }

  public int registerNumber() {
    return registerNumber;
  }

  public String contentHash() {
    return contentHash;
  }

  public boolean active() {
    return active;
  }

  public boolean newlyAdded() {
    return newlyAdded;
  }

  public OffsetDateTime firstSeenAt() {
    return firstSeenAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}

package org.fairpact.domain.model.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A register entry a finding resembles, as it stood when the analysis ran. */
@Embeddable
public class Evidence {

  @Column(nullable = false)
  private int rank;

  @Column(name = "register_number", nullable = false)
  private int registerNumber;

  @Column(nullable = false)
  private double similarity;

  @Column(name = "case_signature")
  private String caseSignature;

  private String court;

  @Column(name = "judgment_date")
  private LocalDate judgmentDate;

  private String sector;

  protected Evidence() {}

  public Evidence(
      int rank,
      int registerNumber,
      double similarity,
      String caseSignature,
      String court,
      LocalDate judgmentDate,
      String sector) {
    this.rank = rank;
    this.registerNumber = registerNumber;
    this.similarity = similarity;
    this.caseSignature = caseSignature;
    this.court = court;
    this.judgmentDate = judgmentDate;
    this.sector = sector;
  }

  public int rank() {
    return rank;
  }

  public int registerNumber() {
    return registerNumber;
  }

  public double similarity() {
    return similarity;
  }

  public String caseSignature() {
    return caseSignature;
  }

  public String court() {
    return court;
  }

  public LocalDate judgmentDate() {
    return judgmentDate;
  }

  public String sector() {
    return sector;
  }
}

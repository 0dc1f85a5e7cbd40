package org.fairpact.domain.model.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A register entry a finding resembles, as it stood in the register the analysis matched against,
 * with the pair verifier's probability that the clause is the entry reworded (where it judged the
 * pair), the wording the clause shares with it (the entry's passages, stored one a line: normalised
 * register text has no line breaks) and the other entries with the same wording (register numbers,
 * space-separated).
 */
@Embeddable
public class Evidence {

  @Column(nullable = false)
  private int rank;

  @Column(name = "register_number", nullable = false)
  private int registerNumber;

  @Column(nullable = false)
  private double similarity;

  /** The verifier's probability; null where it did not judge the pair. */
  private Double verified;

  @Column(name = "case_signature")
  private String caseSignature;

  private String court;

  @Column(name = "judgment_date")
  private LocalDate judgmentDate;

  private String sector;

  @Column(name = "shared_wording")
  private String sharedWording;

  @Column(name = "same_wording")
  private String sameWording;

  protected Evidence() {}

  public Evidence(
      int rank,
      int registerNumber,
      double similarity,
      OptionalDouble verified,
      String caseSignature,
      String court,
      LocalDate judgmentDate,
      String sector,
      List<String> sharedWording,
      List<Integer> sameWording) {
    this.rank = rank;
    this.registerNumber = registerNumber;
    this.similarity = similarity;
    this.verified = verified.isPresent() ? verified.getAsDouble() : null;
    this.caseSignature = caseSignature;
    this.court = court;
    this.judgmentDate = judgmentDate;
    this.sector = sector;
    this.sharedWording = sharedWording.isEmpty() ? null : String.join("\n", sharedWording);
    this.sameWording =
        sameWording.isEmpty()
            ? null
            : String.join(" ", sameWording.stream().map(String::valueOf).toList());
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

  /**
   * The pair verifier's probability that the clause is this entry, reworded or not; empty where the
   * verifier did not judge the pair (English clauses, evidence written before it existed).
   */
  public OptionalDouble verified() {
    return verified == null ? OptionalDouble.empty() : OptionalDouble.of(verified);
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

  /**
   * The register numbers of other entries with the same wording as this one (the same clause ruled
   * against other businesses), ascending; empty if none (or not known).
   */
  public List<Integer> sameWording() {
    return sameWording == null
        ? List.of()
        : Arrays.stream(sameWording.split(" ")).map(Integer::valueOf).toList();
  }

  /** The entry's passages the clause shares, in the entry's order; empty if none (or not known). */
  public List<String> sharedWording() {
    return sharedWording == null ? List.of() : List.of(sharedWording.split("\n"));
  }
}

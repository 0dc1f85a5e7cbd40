package org.fairpact.domain.model.analysis;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.fairpact.analysis.RiskBasis;
import org.fairpact.analysis.RiskLevel;
import org.fairpact.analysis.verification.ClauseType;

/**
 * A risky clause of an analysed document with the evidence that makes it risky: the register
 * entries it resembles, the type of register clause it is of (when its evidence agrees on one) and,
 * when the trained classifier judged it, the classifier's probability, categories and explanation.
 * The evidence is a snapshot taken at analysis time, so a later register change, a new model or a
 * changed clause type does not rewrite past reports.
 */
@Entity
@Table(name = "finding")
@NamedQuery(
    name = "Finding.byAnalysis",
    query = "SELECT f FROM Finding f WHERE f.analysisId = :analysisId ORDER BY f.clauseIndex")
@NamedQuery(
    name = "Finding.deleteByAnalysis",
    query = "DELETE FROM Finding f WHERE f.analysisId = :analysisId")
public class Finding {

  @Id private UUID id;

  @Column(name = "analysis_id", nullable = false)
  private UUID analysisId;

  @Column(name = "clause_index", nullable = false)
  private int clauseIndex;

  @Column(nullable = false)
  private int page;

  @Column(name = "start_offset", nullable = false)
  private int start;

  @Column(name = "end_offset", nullable = false)
  private int end;

  @Column(nullable = false)
  private String excerpt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RiskLevel risk;

  @Column(nullable = false)
  private double score;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "finding_evidence", joinColumns = @JoinColumn(name = "finding_id"))
  @OrderBy("rank")
  private List<Evidence> evidence = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RiskBasis basis = RiskBasis.REGISTER;

  /** The classifier's probability; null when the clause was not classified. */
  private Double probability;

  /** Space-separated category codes; null when there are none. */
  private String categories;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "finding_explanation", joinColumns = @JoinColumn(name = "finding_id"))
  @OrderBy("rank")
  private List<Explanation> explanation = new ArrayList<>();

  /** The clause type's id, label and description; all null when the finding has no type. */
  @Column(name = "clause_type_id")
  private String clauseTypeId;

  @Column(name = "clause_type_label")
  private String clauseTypeLabel;

  @Column(name = "clause_type_description")
  private String clauseTypeDescription;

  protected Finding() {}

  public Finding(
      UUID analysisId,
      ClausePosition position,
      String excerpt,
      RiskLevel risk,
      double score,
      List<Evidence> evidence) {
    this.id = UUID.randomUUID();
    this.analysisId = analysisId;
    this.clauseIndex = position.clauseIndex();
    this.page = position.page();
    this.start = position.start();
    this.end = position.end();
    this.excerpt = excerpt;
    this.risk = risk;
    this.score = score;
    this.evidence = new ArrayList<>(evidence);
  }

  /**
   * A finding with what the classifier said about the clause.
   *
   * @param basis which evidence set the risk level
   * @param probability the classifier's probability, empty if the clause was not classified
   * @param categories the predicted category codes (no spaces inside a code)
   * @param explanation the clause's words that weighed most, strongest first
   * @param clauseType the type of register clause the clause is of, if its evidence agrees on one
   */
  public Finding(
      UUID analysisId,
      ClausePosition position,
      String excerpt,
      RiskLevel risk,
      double score,
      List<Evidence> evidence,
      RiskBasis basis,
      OptionalDouble probability,
      List<String> categories,
      List<Explanation> explanation,
      Optional<ClauseType> clauseType) {
    this(analysisId, position, excerpt, risk, score, evidence);
    this.basis = basis;
    this.probability = probability.isPresent() ? probability.getAsDouble() : null;
    this.categories = categories.isEmpty() ? null : String.join(" ", categories);
    this.explanation = new ArrayList<>(explanation);
    clauseType.ifPresent(
        type -> {
          this.clauseTypeId = type.id();
          this.clauseTypeLabel = type.label();
          this.clauseTypeDescription = type.description();
        });
  }

  public UUID id() {
    return id;
  }

  public UUID analysisId() {
    return analysisId;
  }

  public ClausePosition position() {
    return new ClausePosition(clauseIndex, page, start, end);
  }

  public String excerpt() {
    return excerpt;
  }

  public RiskLevel risk() {
    return risk;
  }

  public double score() {
    return score;
  }

  public List<Evidence> evidence() {
    return List.copyOf(evidence);
  }

  public RiskBasis basis() {
    return basis;
  }

  public OptionalDouble probability() {
    return probability == null ? OptionalDouble.empty() : OptionalDouble.of(probability);
  }

  public List<String> categories() {
    return categories == null || categories.isBlank()
        ? List.of()
        : Arrays.asList(categories.strip().split(" +"));
  }

  public List<Explanation> explanation() {
    return List.copyOf(explanation);
  }

  /** The type of register clause the clause is of, as the engine described it at analysis time. */
  public Optional<ClauseType> clauseType() {
    return clauseTypeId == null
        ? Optional.empty()
        : Optional.of(new ClauseType(clauseTypeId, clauseTypeLabel, clauseTypeDescription));
  }
}

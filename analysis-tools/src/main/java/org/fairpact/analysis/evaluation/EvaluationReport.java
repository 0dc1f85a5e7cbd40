package org.fairpact.analysis.evaluation;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an evaluation: a table for people and the figures for machines.
 *
 * @param table lines of a plain-text table, header first
 * @param summary the figures, printed as one JSON line
 */
public record EvaluationReport(List<String> table, Map<String, Object> summary) {

  public EvaluationReport {
    table = List.copyOf(table);
    summary = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(summary));
  }
}

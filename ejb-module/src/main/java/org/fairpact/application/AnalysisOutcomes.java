package org.fairpact.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.AnalysisRepository;
import org.fairpact.domain.model.analysis.FailureLabel;
import org.fairpact.domain.model.analysis.Finding;

/**
 * Counts analyses by outcome and failures by reason, times them and counts the findings they
 * produced (MP Metrics). The duration timer records nanoseconds and says so in its metadata: Payara
 * exports a timer in seconds by scaling from its declared unit (a timer without one is taken to be
 * in seconds already, and its nanoseconds came out as seconds).
 */
@ApplicationScoped
public class AnalysisOutcomes {

  static final String ANALYSES = "fairpact_analyses_total";
  static final String FAILURES = "fairpact_analysis_failures_total";
  static final String FINDINGS = "fairpact_findings_total";

  static final Metadata DURATION =
      Metadata.builder()
          .withName("fairpact_analysis_duration")
          .withDescription("Time from the start of processing to COMPLETED")
          .withUnit(MetricUnits.NANOSECONDS)
          .build();

  @Inject MetricRegistry metrics;
  @Inject AnalysisRepository analyses;

  private Timer duration;
  private Counter completed;
  private Counter findingsFound;

  /**
   * The metrics every completion touches, registered once: Payara's registry raced when several
   * workers created the timer at the same moment (ConcurrentModificationException, which cost the
   * analysis an attempt).
   */
  @PostConstruct
  void register() {
    duration = metrics.timer(DURATION);
    completed = metrics.counter(ANALYSES, new Tag("outcome", "completed"));
    findingsFound = metrics.counter(FINDINGS);
  }

  public void completed(Analysis analysis, List<Finding> findings) {
    completed.inc();
    findingsFound.inc(findings.size());
    analysis
        .startedAt()
        .ifPresent(started -> duration.update(Duration.between(started, OffsetDateTime.now())));
  }

  public void failed(Analysis analysis) {
    metrics.counter(ANALYSES, new Tag("outcome", "failed")).inc();
    metrics.counter(FAILURES, new Tag("reason", failureLabel(asRecorded(analysis)))).inc();
  }

  /** The bounded label of a failed analysis's reason for {@value #FAILURES}. */
  static String failureLabel(Analysis failed) {
    return FailureLabel.of(failed);
  }

  /**
   * The analysis as its failure was committed (the caller holds the copy it started with, from
   * before the failure); that copy if it cannot be read.
   */
  private Analysis asRecorded(Analysis analysis) {
    try {
      return analyses.find(analysis.id()).orElse(analysis);
    } catch (RuntimeException unreadable) {
      return analysis;
    }
  }
}

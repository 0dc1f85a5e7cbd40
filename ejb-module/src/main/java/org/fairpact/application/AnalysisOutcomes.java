package org.fairpact.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.Finding;

/** Counts analyses by outcome, their duration and the findings they produced (MP Metrics). */
@ApplicationScoped
public class AnalysisOutcomes {

  @Inject MetricRegistry metrics;

  public void completed(Analysis analysis, List<Finding> findings) {
    metrics.counter("fairpact_analyses_total", new Tag("outcome", "completed")).inc();
    metrics.counter("fairpact_findings_total").inc(findings.size());
    analysis
        .startedAt()
        .ifPresent(
            started ->
                metrics
                    .timer("fairpact_analysis_duration")
                    .update(Duration.between(started, java.time.OffsetDateTime.now())));
  }

  public void failed(Analysis analysis) {
    metrics.counter("fairpact_analyses_total", new Tag("outcome", "failed")).inc();
  }
}

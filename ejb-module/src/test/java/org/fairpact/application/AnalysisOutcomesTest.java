package org.fairpact.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.AnalysisQueue;
import org.junit.jupiter.api.Test;

class AnalysisOutcomesTest {

  private final OffsetDateTime now = OffsetDateTime.parse("2026-11-22T10:00:00Z");

  @Test
  void failureLabelsAreBoundedCodesNeverTheReasonsText() {
    assertThat(label("corrupt PDF: Expected 'obj' got 'x'")).isEqualTo("corrupt-pdf");
    assertThat(label("the document contains no readable text")).isEqualTo("no-text");
    assertThat(label("gave up after 3 attempts: Boom")).isEqualTo("attempts-exhausted");
    assertThat(label("DOCX is not a valid ZIP package: x")).isEqualTo("corrupt-docx");
    assertThat(label("Umowa: anything the document said")).isEqualTo("other");
  }

  @Test
  void aDefectsFailureCodeIsItsLabel() {
    Analysis analysis = queued();
    analysis.start(now);
    analysis.failOfDefect("PDF has 20000 pages, more than the limit", "too-many-pages", now);
    assertThat(AnalysisOutcomes.failureLabel(analysis)).isEqualTo("too-many-pages");
  }

  @Test
  void anAnalysisWithoutAReasonIsOther() {
    assertThat(AnalysisOutcomes.failureLabel(queued())).isEqualTo("other");
  }

  private String label(String reason) {
    Analysis analysis = queued();
    analysis.start(now);
    analysis.fail(reason, now.plusSeconds(1));
    return AnalysisOutcomes.failureLabel(analysis);
  }

  private Analysis queued() {
    return new Analysis(UUID.randomUUID(), "acme", AnalysisQueue.FAST, "pl", null, now);
  }
}

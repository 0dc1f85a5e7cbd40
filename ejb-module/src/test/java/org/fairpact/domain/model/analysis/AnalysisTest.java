package org.fairpact.domain.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnalysisTest {

  private final OffsetDateTime now = OffsetDateTime.parse("2026-11-22T10:00:00Z");

  private Analysis queued() {
    return new Analysis(UUID.randomUUID(), "acme", AnalysisQueue.FAST, "pl", null, now);
  }

  @Test
  void goesFromQueuedThroughProcessingToCompleted() {
    Analysis analysis = queued();

    analysis.start(now.plusSeconds(1));
    analysis.progress(5, 10, now.plusSeconds(2));
    int halfway = analysis.progressPercent();
    analysis.complete("pl", 10, 2, now.plusSeconds(3));

    assertThat(halfway).isEqualTo(50);
    assertThat(analysis.status()).isEqualTo(AnalysisStatus.COMPLETED);
    assertThat(analysis.progressPercent()).isEqualTo(100);
    assertThat(analysis.findingsCount()).contains(2);
    assertThat(analysis.processingTime())
        .hasValueSatisfying(d -> assertThat(d.getSeconds()).isEqualTo(2));
  }

  @Test
  void completionRecordsTheDocumentRiskAndTheModelThatClassifiedIt() {
    Analysis analysis = queued();
    analysis.start(now);

    analysis.complete("en", 10, 2, 0.97, "1-f0e97aa848eb", now.plusSeconds(1));

    assertThat(analysis.status()).isEqualTo(AnalysisStatus.COMPLETED);
    assertThat(analysis.documentRisk()).contains(0.97);
    assertThat(analysis.modelVersion()).contains("1-f0e97aa848eb");
    assertThatThrownBy(() -> analysis.complete("en", 10, 2, 0.5, null, now))
        .isInstanceOf(IllegalStateException.class);
    assertThat(analysis.documentRisk()).contains(0.97);
  }

  @Test
  void aFailedAnalysisReplaysAfreshAndOnlyAFailedOne() {
    Analysis analysis = queued();
    analysis.start(now);
    analysis.failOfDefect("too many pages", "too-many-pages", now.plusSeconds(1));

    int replay = analysis.replay(now.plusSeconds(10));

    assertThat(replay).isEqualTo(1);
    assertThat(analysis.status()).isEqualTo(AnalysisStatus.QUEUED);
    assertThat(analysis.attempts()).isZero();
    assertThat(analysis.failureReason()).isEmpty();
    assertThat(analysis.failureCode()).isEmpty();
    assertThat(analysis.completedAt()).isEmpty();
    assertThatThrownBy(() -> analysis.replay(now)).isInstanceOf(IllegalStateException.class);
    analysis.start(now.plusSeconds(11));
    analysis.complete("pl", 3, 0, now.plusSeconds(12));
    assertThatThrownBy(() -> analysis.replay(now)).isInstanceOf(IllegalStateException.class);
    assertThat(analysis.replays()).isEqualTo(1);
  }

  @Test
  void redeliveryKeepsTheFirstStartAndCountsAttempts() {
    Analysis analysis = queued();

    analysis.start(now.plusSeconds(1));
    analysis.attemptFailed("S3 down");
    analysis.start(now.plusSeconds(5));

    assertThat(analysis.attempts()).isEqualTo(2);
    assertThat(analysis.startedAt()).contains(now.plusSeconds(1));
    assertThat(analysis.failureReason()).contains("S3 down");
  }

  @Test
  void aFinishedAnalysisNeverChangesAgain() {
    Analysis analysis = queued();
    analysis.start(now);
    analysis.fail("corrupt PDF", now);

    assertThatThrownBy(() -> analysis.start(now)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> analysis.complete("pl", 1, 0, now))
        .isInstanceOf(IllegalStateException.class);
    assertThat(analysis.status()).isEqualTo(AnalysisStatus.FAILED);
    assertThat(analysis.failureReason()).contains("corrupt PDF");
  }

  @Test
  void aDefectiveDocumentFailsWithItsCodeBesideTheReason() {
    Analysis analysis = queued();
    analysis.start(now);

    analysis.failOfDefect(
        "PDF has 20000 pages, more than the limit of 1000", "too-many-pages", now);

    assertThat(analysis.status()).isEqualTo(AnalysisStatus.FAILED);
    assertThat(analysis.failureCode()).contains("too-many-pages");
    assertThat(analysis.failureReason()).hasValueSatisfying(r -> assertThat(r).contains("1000"));
  }

  @Test
  void failuresOtherThanDefectsHaveNoCode() {
    Analysis analysis = queued();
    analysis.start(now);

    analysis.fail("gave up after 5 attempts: S3 down", now);

    assertThat(analysis.failureCode()).isEmpty();
  }

  @Test
  void longFailureReasonsAreTruncated() {
    Analysis analysis = queued();
    analysis.start(now);

    analysis.fail("x".repeat(5000), now);

    assertThat(analysis.failureReason()).hasValueSatisfying(r -> assertThat(r).hasSize(2000));
  }

  @Test
  void isStuckOnlyInProcessingWithoutASignOfLifeSinceTheCutoff() {
    Analysis analysis = queued();
    assertThat(analysis.isStuck(now.plusHours(1))).as("queued").isFalse();

    analysis.start(now);
    analysis.progress(3, 10, now.plusMinutes(10));

    assertThat(analysis.isStuck(now.plusMinutes(5))).as("progress after the cutoff").isFalse();
    assertThat(analysis.isStuck(now.plusMinutes(11))).isTrue();
    analysis.complete("pl", 10, 0, now.plusMinutes(12));
    assertThat(analysis.isStuck(now.plusHours(1))).as("completed").isFalse();
  }

  @Test
  void requeueReturnsToQueuedAndNumbersEachRequeue() {
    Analysis analysis = queued();
    analysis.start(now);

    int first = analysis.requeue(now.plusMinutes(20));
    analysis.start(now.plusMinutes(21));
    int second = analysis.requeue(now.plusMinutes(40));

    assertThat(first).isEqualTo(1);
    assertThat(second).isEqualTo(2);
    assertThat(analysis.status()).isEqualTo(AnalysisStatus.QUEUED);
    assertThat(analysis.requeues()).isEqualTo(2);
    assertThat(analysis.isStuck(now.plusHours(2))).as("queued again").isFalse();
  }

  @Test
  void aQueuedAnalysisWhoseRequestWasDeadLetteredCanBeRequeuedButAFinishedOneCannot() {
    Analysis analysis = queued();
    assertThat(analysis.requeue(now)).isEqualTo(1);
    assertThat(analysis.status()).isEqualTo(AnalysisStatus.QUEUED);

    analysis.start(now);
    analysis.complete("pl", 1, 0, now);
    assertThatThrownBy(() -> analysis.requeue(now)).isInstanceOf(IllegalStateException.class);
  }
}

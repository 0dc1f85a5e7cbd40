package org.fairpact.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.AnalysisRepository;
import org.fairpact.domain.model.analysis.AnalysisRepository.FailedPosition;
import org.fairpact.domain.model.analysis.AnalysisStatus;
import org.fairpact.domain.model.audit.Actor;
import org.fairpact.domain.model.audit.AuditAction;

/**
 * FAILED analyses for admins: counts by reason (their {@link
 * org.fairpact.domain.model.analysis.FailureLabel}), pages of them newest first, and the replay of
 * all of one reason, each analysis in a transaction of its own (one that fails leaves the others
 * replayed), at most {@value #MAX_REPLAY_ALL} per call.
 */
@Stateless
public class FailedAnalyses {

  public static final int MAX_REPLAY_ALL = 1000;

  private static final int BATCH = 100;

  @Inject AnalysisRepository analyses;
  @Inject AnalysisReplay replay;
  @Inject AuditLog audit;

  public Map<String, Long> countsByReason() {
    return analyses.failedCountsByLabel();
  }

  public Map<AnalysisStatus, Long> countsByStatus() {
    return analyses.countsByStatus();
  }

  public List<Analysis> page(Optional<String> reason, Optional<FailedPosition> after, int limit) {
    return analyses.failed(reason, after, limit);
  }

  /** Replays every FAILED analysis of the reason; the number replayed. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int replayAll(String reason, Actor actor) {
    List<UUID> ids = new ArrayList<>();
    Optional<FailedPosition> after = Optional.empty();
    while (ids.size() < MAX_REPLAY_ALL) {
      List<Analysis> page =
          analyses.failed(Optional.of(reason), after, Math.min(BATCH, MAX_REPLAY_ALL - ids.size()));
      if (page.isEmpty()) {
        break;
      }
      page.forEach(analysis -> ids.add(analysis.id()));
      Analysis last = page.get(page.size() - 1);
      after = Optional.of(new FailedPosition(last.completedAt().orElseThrow(), last.id()));
    }
    int replayed = 0;
    for (UUID id : ids) {
      if (replay.replay(id, actor, "all of reason " + reason) == AnalysisStatus.FAILED) {
        replayed++;
      }
    }
    audit.record(
        actor,
        AuditAction.ANALYSIS_REPLAY_ALL,
        reason,
        AuditLog.SUCCEEDED,
        "replayed " + replayed + " of " + ids.size());
    return replayed;
  }
}

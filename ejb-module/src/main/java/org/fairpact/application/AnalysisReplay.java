package org.fairpact.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.logging.Logger;
import org.fairpact.domain.model.analysis.Analysis;
import org.fairpact.domain.model.analysis.AnalysisRepository;
import org.fairpact.domain.model.analysis.AnalysisStatus;
import org.fairpact.domain.model.analysis.FailureLabel;
import org.fairpact.domain.model.audit.Actor;
import org.fairpact.domain.model.audit.AuditAction;

/**
 * An admin's replay of one FAILED analysis (once the cause of its failure is fixed): back to QUEUED
 * with a fresh budget of attempts, a new request through the outbox, its parked request taken out
 * of the dead-letter queue, a system event and the audit entry, all in one XA transaction. An
 * analysis that is not FAILED is left alone, and the refusal is audited (committed: nothing else
 * changes).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AnalysisReplay {

  public static final String ANALYSIS_REPLAYED = "ANALYSIS_REPLAYED";

  /** The audit outcome of a replay of an analysis that is not FAILED. */
  public static final String NOT_FAILED = "refused: analysis-not-failed";

  @Inject AnalysisRepository analyses;
  @Inject AnalysisRequests requests;
  @Inject DeadLetters deadLetters;
  @Inject SystemEvents events;
  @Inject AuditLog audit;
  @Inject Logger log;

  /**
   * @param how how the replay was asked for, for the audit entry's detail (one, or all of a reason)
   * @return the status the analysis had: FAILED if it was replayed; null if there is no such
   *     analysis
   */
  public AnalysisStatus replay(UUID analysisId, Actor actor, String how) {
    Analysis analysis = analyses.find(analysisId).orElse(null);
    String target = analysisId.toString();
    if (analysis == null) {
      audit.record(actor, AuditAction.ANALYSIS_REPLAY, target, "refused: not-found", how);
      return null;
    }
    if (analysis.status() != AnalysisStatus.FAILED) {
      audit.record(
          actor, AuditAction.ANALYSIS_REPLAY, target, NOT_FAILED, how + "; " + analysis.status());
      return analysis.status();
    }
    String label = FailureLabel.of(analysis);
    int replay = analysis.replay(OffsetDateTime.now());
    requests.replay(
        new AnalysisRequest(
            analysis.id(), analysis.documentId(), analysis.tenant(), analysis.queue()),
        replay);
    boolean parked = deadLetters.takeParked(analysisId);
    events.record(
        ANALYSIS_REPLAYED,
        target,
        Json.createObjectBuilder()
            .add("replay", replay)
            .add("reason", label)
            .add("by", actor.subject())
            .add("takenFromDeadLetterQueue", parked)
            .build()
            .toString());
    audit.record(
        actor, AuditAction.ANALYSIS_REPLAY, target, AuditLog.SUCCEEDED, how + "; reason " + label);
    log.info(() -> "analysis=" + analysisId + " FAILED (" + label + ") replayed (" + replay + ")");
    return AnalysisStatus.FAILED;
  }
}

package org.fairpact.domain.model.audit;

import java.util.Arrays;
import java.util.Optional;

/** The admin and operator actions the audit log records; {@link #code} is what the API shows. */
public enum AuditAction {
  CLAUSE_SYNC_START("clause-sync-start"),
  CLAUSE_SYNC_STOP("clause-sync-stop"),
  CLAUSE_SYNC_RESTART("clause-sync-restart"),
  ANALYSIS_REPLAY("analysis-replay"),
  ANALYSIS_REPLAY_ALL("analysis-replay-all"),
  SCHEDULE_CHANGE("schedule-change"),
  SCHEDULE_CLEAR("schedule-clear"),
  SCHEDULE_TRIGGER("schedule-trigger"),
  INSTANCE_DRAIN("instance-drain"),
  INSTANCE_UNDRAIN("instance-undrain"),
  DOCUMENT_DELETE("document-delete");

  private final String code;

  AuditAction(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<AuditAction> ofCode(String code) {
    return Arrays.stream(values()).filter(action -> action.code.equals(code)).findFirst();
  }
}

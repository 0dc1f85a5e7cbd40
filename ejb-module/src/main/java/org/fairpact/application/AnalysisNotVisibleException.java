package org.fairpact.application;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/**
 * A request arrived for an analysis the database does not show: its submitting transaction may not
 * be visible yet. Rolling back lets the broker redeliver later instead of dropping the request.
 */
@ApplicationException(rollback = true)
public class AnalysisNotVisibleException extends RuntimeException {

  public AnalysisNotVisibleException(UUID analysisId) {
    super("analysis " + analysisId + " is not in the database (yet)");
  }
}

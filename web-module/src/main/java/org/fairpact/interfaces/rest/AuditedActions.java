package org.fairpact.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.fairpact.application.AuditLog;
import org.fairpact.domain.model.audit.AuditAction;

/**
 * Carries out an admin or operator action that is not transactional itself (starting a batch job,
 * draining the instance) and writes its audit entry: {@value AuditLog#SUCCEEDED} once it is done,
 * or the problem that refused it (then the problem is answered as before).
 */
@RequestScoped
public class AuditedActions {

  @Inject AuditLog audit;
  @Inject CallerScope caller;

  public <T> T run(AuditAction action, String target, String detail, Supplier<T> work) {
    T result;
    try {
      result = work.get();
    } catch (ProblemException refused) {
      audit.recordApart(
          caller.actor(), action, target, "refused: " + refused.problem().slug(), detail);
      throw refused;
    } catch (RuntimeException failed) {
      audit.recordApart(
          caller.actor(), action, target, "failed: " + failed.getClass().getSimpleName(), detail);
      throw failed;
    }
    audit.record(caller.actor(), action, target, AuditLog.SUCCEEDED, detail);
    return result;
  }
}

package org.fairpact.application;

import jakarta.ejb.ApplicationException;

/**
 * A clause-sync source outside the allow-list (or too long, or malformed). The message quotes the
 * source abbreviated, never in full.
 */
@ApplicationException(rollback = true)
public class SourceNotAllowedException extends RuntimeException {

  public SourceNotAllowedException(String message) {
    super(message);
  }
}

package org.fairpact.interfaces.batch;

/** A register record that cannot be stored (no number, no clause text); the job skips it. */
public class InvalidRegisterEntryException extends Exception {

  public InvalidRegisterEntryException(String message) {
    super(message);
  }
}

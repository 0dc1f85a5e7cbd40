package org.fairpact.application.scheduling;

/** No scheduled work has that name. */
public class UnknownWorkException extends RuntimeException {

  public UnknownWorkException(String name) {
    super("no scheduled work named '" + name + "'");
  }
}

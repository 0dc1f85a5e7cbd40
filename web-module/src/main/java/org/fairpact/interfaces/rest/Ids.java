package org.fairpact.interfaces.rest;

import java.util.UUID;

/** Path ids: a malformed id is simply an id that does not exist (404, not 400). */
final class Ids {

  private Ids() {}

  static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.NOT_FOUND, "no resource " + id);
    }
  }
}

package org.fairpact.client;

import java.util.List;
import java.util.Map;

/** The cluster as the answering instance sees it (admin, operator). */
public record Cluster(
    String answeredBy, Grid grid, List<Member> members, Map<String, QueueState> queues) {

  public record Grid(boolean available) {}

  /** A data grid member and the report it last published (readiness UNKNOWN without one). */
  public record Member(
      String name,
      boolean self,
      String type,
      List<Integer> httpPorts,
      String memberId,
      String host,
      Health health) {}

  /** An instance's account of itself. */
  public record Health(
      String instance,
      String readiness,
      Map<String, String> checks,
      Boolean draining,
      String drainingReason,
      Map<String, ConsumerLoad> consumers,
      String reportedAt) {}

  public record ConsumerLoad(int maxSessions, int busy) {}

  /** A queue's depth and, for the analysis queues, its consumers across the instances. */
  public record QueueState(long depth, Integer consumers) {}
}

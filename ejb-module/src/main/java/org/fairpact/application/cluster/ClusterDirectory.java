package org.fairpact.application.cluster;

import java.util.List;
import java.util.Map;

/**
 * Who is in the cluster and how each instance is doing. Membership comes from the data grid; health
 * and consumers come from reports every instance publishes into the grid at a fixed rate (a report
 * that stops being refreshed expires). Without a grid there is one member: this one.
 */
public interface ClusterDirectory {

  /** This instance's name (Payara Micro's {@code --name}, or one Payara made up). */
  String instanceName();

  /** The grid's members as the grid sees them now. */
  List<ClusterMember> members();

  /** Whether the data grid answers. */
  boolean gridAvailable();

  /** Publishes this instance's report for the others (best effort). */
  void publish(InstanceReport report);

  /** The latest unexpired report of each instance, by instance name. */
  Map<String, InstanceReport> reports();
}

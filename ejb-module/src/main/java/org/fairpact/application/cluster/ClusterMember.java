package org.fairpact.application.cluster;

import java.util.List;

/**
 * A member of the data grid as the grid knows it: its instance name, the HTTP ports it serves, and
 * whether it is the instance answering.
 */
public record ClusterMember(
    String name,
    String memberId,
    String host,
    List<Integer> httpPorts,
    String type,
    boolean self) {}

package org.fairpact.infrastructure.grid;

import fish.payara.micro.PayaraInstance;
import fish.payara.micro.data.InstanceDescriptor;
import jakarta.enterprise.inject.spi.CDI;
import java.net.InetAddress;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.fairpact.application.cluster.ClusterMember;

/**
 * The grid's members through Payara's own API ({@code fish.payara.micro.PayaraInstance}, produced
 * for injection by Payara's CDI extension): each member's instance name, type (MICRO, DAS...), HTTP
 * ports and member UUID, as Payara publishes them into the grid. Payara also produces the raw
 * {@code com.hazelcast.core.HazelcastInstance} for injection, but Hazelcast's members carry only
 * addresses, not the instance names and HTTP ports an operator needs, and using it would tie the
 * build to Payara's patched Hazelcast. Deliberately not a CDI bean: the class is only loaded after
 * {@link PayaraClusterDirectory} has checked that Payara's API is there, so the application still
 * deploys where it is not.
 */
final class PayaraMembers {

  private final PayaraInstance payara;

  private PayaraMembers(PayaraInstance payara) {
    this.payara = payara;
  }

  static PayaraMembers lookUp() {
    return new PayaraMembers(CDI.current().select(PayaraInstance.class).get());
  }

  String instanceName() {
    return payara.getInstanceName();
  }

  List<ClusterMember> members() {
    InstanceDescriptor local = payara.getLocalDescriptor();
    UUID self = local == null ? null : local.getMemberUUID();
    return payara.getClusteredPayaras().stream()
        .map(member -> member(member, self))
        .sorted(Comparator.comparing(ClusterMember::name))
        .toList();
  }

  private static ClusterMember member(InstanceDescriptor descriptor, UUID self) {
    InetAddress host = descriptor.getHostName();
    return new ClusterMember(
        descriptor.getInstanceName(),
        String.valueOf(descriptor.getMemberUUID()),
        host == null ? null : host.getHostAddress(),
        descriptor.getHttpPorts() == null ? List.of() : List.copyOf(descriptor.getHttpPorts()),
        descriptor.getInstanceType(),
        descriptor.getMemberUUID() != null && descriptor.getMemberUUID().equals(self));
  }
}

package org.fairpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fairpact.client.Cluster;
import org.fairpact.client.FairPactApi;
import org.fairpact.system.support.Clients;
import org.fairpact.system.support.SystemEnvironment;
import org.junit.jupiter.api.Test;

/** Every instance is in one data grid, and every instance reports the same membership. */
class ClusterMembershipST {

  private static final Pattern GRID_SIZE = Pattern.compile("DG Size: (\\d+)");

  /** What Payara Micro logged last about the data grid, per instance. */
  @Test
  void everyInstanceLogsAGridOfAllInstances() throws IOException {
    int instances = SystemEnvironment.instances();
    for (int i = 1; i <= instances; i++) {
      Path log = SystemEnvironment.stateDir().resolve("logs/payara-" + i + ".log");
      Matcher m = GRID_SIZE.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
      String last = null;
      while (m.find()) {
        last = m.group(1);
      }
      assertThat(last)
          .as("last data grid size logged by fairpact-%d", i)
          .isEqualTo(String.valueOf(instances));
    }
  }

  /**
   * {@code GET /api/v1/admin/cluster} through nginx with the Java client, until every instance has
   * answered: each lists the same members, and they are all the instances of the cluster.
   */
  @Test
  void everyInstanceReportsTheSameMembership() {
    int instances = SystemEnvironment.instances();
    FairPactApi admin = Clients.admin();
    Map<String, Set<String>> membersSeenBy = new HashMap<>();
    for (int i = 0; i < 4 * instances && membersSeenBy.size() < instances; i++) {
      Cluster cluster = admin.cluster();
      assertThat(cluster.answeredBy()).as("answeredBy of %s", cluster).isNotBlank();
      Set<String> members = new TreeSet<>();
      cluster.members().forEach(member -> members.add(member.name()));
      membersSeenBy.put(cluster.answeredBy(), members);
    }
    System.out.printf("membership seen by each instance: %s%n", membersSeenBy);

    assertThat(membersSeenBy).as("instances that answered").hasSize(instances);
    Set<String> expected = new TreeSet<>();
    for (int i = 1; i <= instances; i++) {
      expected.add("fairpact-" + i);
    }
    membersSeenBy.forEach(
        (instance, members) ->
            assertThat(members).as("members seen by %s", instance).containsAll(expected));
    assertThat(new java.util.HashSet<>(membersSeenBy.values())).as("one membership").hasSize(1);
  }
}

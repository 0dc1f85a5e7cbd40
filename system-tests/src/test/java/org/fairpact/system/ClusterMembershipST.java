package org.fairpact.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fairpact.system.support.FrontEnd;
import org.fairpact.system.support.FrontEnd.Response;
import org.fairpact.system.support.SystemEnvironment;
import org.fairpact.system.support.Tokens;
import org.junit.jupiter.api.Test;

/** Every instance is in one data grid, and every instance reports the same membership. */
class ClusterMembershipST {

  private static final Pattern GRID_SIZE = Pattern.compile("DG Size: (\\d+)");

  private final FrontEnd front = FrontEnd.plain();

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
   * {@code GET /api/v1/admin/cluster} through nginx, until every instance has answered: each lists
   * the same members, and they are all the instances of the cluster.
   */
  @Test
  void everyInstanceReportsTheSameMembership() {
    int instances = SystemEnvironment.instances();
    String admin = Tokens.admin();
    Map<String, Set<String>> membersSeenBy = new HashMap<>();
    List<Response> answers = new ArrayList<>();
    for (int i = 0; i < 4 * instances && membersSeenBy.size() < instances; i++) {
      Response response = front.get("/api/v1/admin/cluster", admin);
      assumeTrue(
          response.status() != 404,
          "GET /api/v1/admin/cluster is not there (yet): membership through the API not checked");
      assertThat(response.status()).as("%s", response).isEqualTo(200);
      answers.add(response);
      JsonObject cluster = Json.createReader(new StringReader(response.body())).readObject();
      String answeredBy =
          cluster.containsKey("answeredBy")
              ? cluster.getString("answeredBy")
              : response.instance().orElse("answer " + i);
      Set<String> members = new TreeSet<>();
      for (JsonValue member : cluster.getJsonArray("members")) {
        members.add(
            member instanceof JsonString s
                ? s.getString()
                : member.asJsonObject().getString("name"));
      }
      membersSeenBy.put(answeredBy, members);
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

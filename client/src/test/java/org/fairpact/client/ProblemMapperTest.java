package org.fairpact.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

  @Test
  void aProblemBodyBecomesTheTypedException() {
    FairPactProblem problem =
        ProblemMapper.problem(
            429,
            "{\"type\":\"https://fairpact.dev/problems/quota-exceeded\",\"title\":\"Upload quota"
                + " exceeded\",\"status\":429,\"detail\":\"tenant acme may upload 3 documents per"
                + " minute; retry in 12 s\",\"extra\":1}",
            "12");

    assertThat(problem.status()).isEqualTo(429);
    assertThat(problem.type()).isEqualTo(URI.create(FairPactProblem.TYPE_BASE + "quota-exceeded"));
    assertThat(problem.slug()).isEqualTo("quota-exceeded");
    assertThat(problem.title()).isEqualTo("Upload quota exceeded");
    assertThat(problem.detail()).hasValueSatisfying(d -> assertThat(d).contains("retry in 12 s"));
    assertThat(problem.retryAfterSeconds()).contains(12L);
    assertThat(problem).hasMessageStartingWith("429 https://fairpact.dev/problems/quota-exceeded");
  }

  @Test
  void anAnswerThatIsNotAProblemKeepsItsStatus() {
    FairPactProblem problem = ProblemMapper.problem(502, "<html>Bad Gateway</html>", null);

    assertThat(problem.status()).isEqualTo(502);
    assertThat(problem.type()).isEqualTo(URI.create("about:blank"));
    assertThat(problem.slug()).isEqualTo("about:blank");
    assertThat(problem.title()).isEqualTo("HTTP 502");
    assertThat(problem.detail()).isEmpty();
    assertThat(problem.retryAfterSeconds()).isEmpty();
  }

  @Test
  void handlesEveryErrorStatusAndNothingElse() {
    ProblemMapper mapper = new ProblemMapper();

    assertThat(mapper.handles(400, null)).isTrue();
    assertThat(mapper.handles(503, null)).isTrue();
    assertThat(mapper.handles(202, null)).isFalse();
    assertThat(mapper.handles(304, null)).isFalse();
  }
}

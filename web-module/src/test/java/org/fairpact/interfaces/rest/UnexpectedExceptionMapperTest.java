package org.fairpact.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import org.fairpact.interfaces.health.DatabaseProbe;
import org.fairpact.interfaces.rest.UnexpectedExceptionMapper.Answer;
import org.junit.jupiter.api.Test;

/**
 * A failure the code did not expect is a 500 with an incident id, unless the database is out: then
 * it is 503 (which carries Retry-After), whether the exception says so or only the probe finds it.
 */
class UnexpectedExceptionMapperTest {

  @Test
  void anUnexpectedFailureWhileTheDatabaseAnswersIs500WithAnIncident() {
    Answer answer = mapper(Optional.empty()).answer(new IllegalStateException("bug"));

    assertThat(answer.problem()).isEqualTo(Problem.INTERNAL);
    assertThat(answer.detail()).contains("incident ");
  }

  @Test
  void aRefusedConnectionIs503WithoutAskingTheProbe() {
    SQLException refused = new SQLException("Connection refused", "08001");

    Answer answer =
        mapper(Optional.of("not asked")).answer(new IllegalStateException("wrapped", refused));

    assertThat(answer.problem()).isEqualTo(Problem.SERVICE_UNAVAILABLE);
    assertThat(answer.detail()).doesNotContain("incident");
  }

  @Test
  void anyFailureWhileTheDatabaseTakesNoConnectionIs503() {
    Answer answer =
        mapper(Optional.of("Connection to 127.0.0.1:5432 refused"))
            .answer(new IllegalStateException("Transaction aborted"));

    assertThat(answer.problem()).isEqualTo(Problem.SERVICE_UNAVAILABLE);
    assertThat(answer.detail()).contains("retry later", "incident ");
  }

  private static UnexpectedExceptionMapper mapper(Optional<String> databaseProblem) {
    UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();
    mapper.log = Logger.getLogger(UnexpectedExceptionMapperTest.class.getName());
    mapper.database =
        new DatabaseProbe() {
          @Override
          public Optional<String> problem() {
            return databaseProblem;
          }
        };
    return mapper;
  }
}

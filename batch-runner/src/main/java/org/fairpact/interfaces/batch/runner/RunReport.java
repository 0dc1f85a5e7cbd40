package org.fairpact.interfaces.batch.runner;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.fairpact.domain.model.event.SystemEvent;
import org.fairpact.infrastructure.persistence.jdbc.JdbcClauseSyncStore;
import org.jberet.runtime.AbstractStepExecution;

/**
 * What a run printed at its end: the execution's status, each step's metrics, and the register
 * counts the job listener recorded in the run's system event (the same figures the server's {@code
 * bin/fairpact sync} prints).
 */
final class RunReport {

  private final JobOperator operator;
  private final DataSource dataSource;

  RunReport(JobOperator operator, DataSource dataSource) {
    this.operator = operator;
    this.dataSource = dataSource;
  }

  void print(JobExecution execution, PrintStream out) {
    out.println(
        "clause-sync execution "
            + execution.getExecutionId()
            + " "
            + execution.getBatchStatus()
            + " (exit status "
            + execution.getExitStatus()
            + ")");
    for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
      out.println(
          "  step "
              + step.getStepName()
              + ": "
              + step.getBatchStatus()
              + ", read "
              + metric(step, Metric.MetricType.READ_COUNT)
              + ", written "
              + metric(step, Metric.MetricType.WRITE_COUNT)
              + ", skipped "
              + (metric(step, Metric.MetricType.READ_SKIP_COUNT)
                  + metric(step, Metric.MetricType.PROCESS_SKIP_COUNT)
                  + metric(step, Metric.MetricType.WRITE_SKIP_COUNT))
              + ", commits "
              + metric(step, Metric.MetricType.COMMIT_COUNT)
              + ", exit status "
              + step.getExitStatus());
      if (step instanceof AbstractStepExecution jberet && jberet.getException() != null) {
        out.println("    failed: " + jberet.getException());
      }
    }
    Optional<JsonObject> counts = counts(execution.getExecutionId());
    if (counts.isPresent()) {
      JsonObject c = counts.get();
      out.println(
          "  register: read "
              + c.getJsonNumber("read")
              + ", added "
              + c.getJsonNumber("added")
              + ", updated "
              + c.getJsonNumber("updated")
              + ", unchanged "
              + c.getJsonNumber("unchanged")
              + ", deactivated "
              + c.getJsonNumber("deactivated")
              + ", skipped "
              + c.getJsonNumber("skipped"));
    } else {
      out.println("  register: no counts recorded");
    }
  }

  private Optional<JsonObject> counts(long executionId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT details FROM system_event WHERE kind = ? AND reference = ?"
                    + " ORDER BY occurred_at DESC LIMIT 1")) {
      query.setString(1, SystemEvent.CLAUSE_SYNC_FINISHED);
      query.setString(2, JdbcClauseSyncStore.EVENT_REFERENCE_PREFIX + executionId);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(row.getString(1)))) {
          return Optional.of(reader.readObject());
        }
      }
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  private static long metric(StepExecution step, Metric.MetricType type) {
    for (Metric metric : step.getMetrics()) {
      if (metric.getType() == type) {
        return metric.getValue();
      }
    }
    return 0;
  }
}

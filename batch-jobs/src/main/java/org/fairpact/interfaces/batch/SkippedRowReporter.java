package org.fairpact.interfaces.batch;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.analysis.register.RegisterFormatException;
import org.fairpact.application.ClauseSyncStore;

/**
 * Reports each source row the sync skips as a {@code CLAUSE_SYNC_ROW_SKIPPED} event of the
 * execution: the file line where the row starts (rows the reader could not read) or the register
 * number (entries the processor refused), and the reason cut to {@value #REASON_CHARS} characters,
 * since a reason may quote the row. At most {@value #REPORTED} rows per execution are reported; the
 * step's skip counts say how many there were in all. The event joins the chunk's transaction, so a
 * chunk rolled back for a retry reports its rows once, when it is read again.
 */
@Dependent
@Named("skippedRowReporter")
public class SkippedRowReporter implements SkipReadListener, SkipProcessListener {

  static final int REPORTED = 100;
  static final int REASON_CHARS = 160;

  private static final String LINE_PREFIX = "register export, line ";

  @Inject JobContext job;
  @Inject ClauseSyncStore store;

  private int reported;

  @Override
  public void onSkipReadItem(Exception skipped) {
    JsonObjectBuilder details = details("read");
    String reason = skipped.getMessage();
    if (skipped instanceof RegisterFormatException format) {
      details.add("line", format.line());
      reason = withoutLinePrefix(reason);
    }
    report(details, reason, skipped);
  }

  @Override
  public void onSkipProcessItem(Object item, Exception skipped) {
    JsonObjectBuilder details = details("process");
    if (item instanceof RegisterEntry entry) {
      details.add("registerNumber", entry.registerNumber());
    }
    report(details, skipped.getMessage(), skipped);
  }

  private JsonObjectBuilder details(String phase) {
    return Json.createObjectBuilder().add("executionId", job.getExecutionId()).add("phase", phase);
  }

  private void report(JsonObjectBuilder details, String reason, Exception skipped) {
    if (reported >= REPORTED) {
      return;
    }
    reported++;
    details.add("reason", bounded(reason == null ? skipped.getClass().getSimpleName() : reason));
    store.recordRowSkipped(job.getExecutionId(), details.build().toString());
  }

  private static String withoutLinePrefix(String message) {
    if (message != null && message.startsWith(LINE_PREFIX)) {
      int colon = message.indexOf(": ", LINE_PREFIX.length());
      return colon < 0 ? message : message.substring(colon + 2);
    }
    return message;
  }

  /** The reason on one line, control characters replaced, cut to its maximum. */
  static String bounded(String reason) {
    StringBuilder text = new StringBuilder(Math.min(reason.length(), REASON_CHARS) + 32);
    for (int i = 0; i < reason.length() && i < REASON_CHARS; i++) {
      char c = reason.charAt(i);
      text.append(c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029 ? ' ' : c);
    }
    if (reason.length() > REASON_CHARS) {
      text.append("... (").append(reason.length()).append(" characters)");
    }
    return text.toString();
  }
}

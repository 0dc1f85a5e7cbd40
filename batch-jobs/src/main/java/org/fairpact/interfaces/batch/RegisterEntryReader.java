package org.fairpact.interfaces.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.fairpact.analysis.register.RegisterCsvReader;

/**
 * Reads register entries from the export. The checkpoint is the number of records read, so a
 * restarted job skips what earlier chunks already committed.
 */
@Dependent
@Named("registerEntryReader")
public class RegisterEntryReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = "source")
  String source;

  private RegisterCsvReader csv;

  @Override
  public void open(Serializable checkpoint) throws Exception {
    csv = new RegisterCsvReader(RegisterSource.open(source));
    if (checkpoint instanceof ReaderCheckpoint restart) {
      csv.skip(restart.recordsRead());
    }
  }

  @Override
  public Object readItem() throws Exception {
    return csv.next().orElse(null);
  }

  @Override
  public Serializable checkpointInfo() {
    return new ReaderCheckpoint(csv == null ? 0 : csv.recordNumber());
  }

  @Override
  public void close() throws Exception {
    if (csv != null) {
      csv.close();
    }
  }
}

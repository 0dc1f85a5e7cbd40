package org.fairpact.interfaces.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.fairpact.analysis.register.RegisterExport;
import org.fairpact.application.ClauseSyncSources;

/**
 * Reads register entries from the export, after checking its source against the allow-list again (a
 * job may have been started by the schedule or with parameters written before a configuration
 * change). The checkpoint is the number of records read, so a restarted job skips what earlier
 * chunks already committed.
 */
@Dependent
@Named("registerEntryReader")
public class RegisterEntryReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = "source")
  String source;

  @Inject ClauseSyncSources sources;

  private RegisterExport export;

  @Override
  public void open(Serializable checkpoint) throws Exception {
    export = RegisterSource.open(source, sources);
    if (checkpoint instanceof ReaderCheckpoint restart) {
      export.skip(restart.recordsRead());
    }
  }

  @Override
  public Object readItem() throws Exception {
    return export.next().orElse(null);
  }

  @Override
  public Serializable checkpointInfo() {
    return new ReaderCheckpoint(export == null ? 0 : export.recordNumber());
  }

  @Override
  public void close() throws Exception {
    if (export != null) {
      export.close();
    }
  }
}

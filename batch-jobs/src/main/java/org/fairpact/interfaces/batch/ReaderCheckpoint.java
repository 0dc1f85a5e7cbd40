package org.fairpact.interfaces.batch;

import java.io.Serializable;

/** How far the register reader got: records read from the start of the export. */
public record ReaderCheckpoint(long recordsRead) implements Serializable {}

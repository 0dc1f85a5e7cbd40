package org.fairpact.interfaces.batch;

import jakarta.json.Json;

/** What one clause-sync run did to the register. */
record SyncCounts(
    String source,
    long read,
    long added,
    long updated,
    long unchanged,
    long deactivated,
    long skipped) {

  String toJson(long executionId, long instanceId, String batchStatus, String exitStatus) {
    return Json.createObjectBuilder()
        .add("executionId", executionId)
        .add("instanceId", instanceId)
        .add("source", source)
        .add("batchStatus", batchStatus)
        .add("exitStatus", exitStatus == null ? "" : exitStatus)
        .add("read", read)
        .add("added", added)
        .add("updated", updated)
        .add("unchanged", unchanged)
        .add("deactivated", deactivated)
        .add("skipped", skipped)
        .build()
        .toString();
  }
}

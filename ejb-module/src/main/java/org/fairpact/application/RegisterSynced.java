package org.fairpact.application;

/** CDI event: a clause sync finished and changed the register; matching indexes must refresh. */
public record RegisterSynced(long executionId, long added, long updated, long deactivated) {}

package org.fairpact.domain.model.event;

import java.util.List;

public interface SystemEventRepository {

  void record(SystemEvent event);

  List<SystemEvent> byKindAndReference(String kind, String reference);

  /** Events of any of the kinds about the reference, oldest first. */
  List<SystemEvent> byKindsAndReference(List<String> kinds, String reference);

  long countByKindAndReference(String kind, String reference);
}

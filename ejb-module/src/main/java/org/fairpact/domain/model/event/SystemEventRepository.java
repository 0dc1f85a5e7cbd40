package org.fairpact.domain.model.event;

import java.util.List;

public interface SystemEventRepository {

  void record(SystemEvent event);

  List<SystemEvent> byKindAndReference(String kind, String reference);
}

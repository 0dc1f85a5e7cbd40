package org.fairpact.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.fairpact.domain.model.event.SystemEvent;
import org.fairpact.domain.model.event.SystemEventRepository;

/** Records and reads operational events. */
@Stateless
public class SystemEvents {

  @Inject SystemEventRepository events;

  public void record(String kind, String reference, String detailsJson) {
    events.record(new SystemEvent(kind, reference, detailsJson, OffsetDateTime.now()));
  }

  public List<SystemEvent> byKindAndReference(String kind, String reference) {
    return events.byKindAndReference(kind, reference);
  }

  public List<SystemEvent> byKindsAndReference(List<String> kinds, String reference) {
    return events.byKindsAndReference(kinds, reference);
  }

  public long countByKindAndReference(String kind, String reference) {
    return events.countByKindAndReference(kind, reference);
  }
}

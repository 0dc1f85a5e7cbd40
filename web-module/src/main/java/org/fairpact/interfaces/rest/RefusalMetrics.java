package org.fairpact.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts the API's answers by what the business wants to see (MP Metrics): upload requests, and
 * requests refused with a problem type, in total and for uploads. Accepted uploads are counted
 * where they are accepted ({@code fairpact_uploads_total}). The problem type is a bounded label:
 * the slug of a {@link Problem}.
 */
@ApplicationScoped
public class RefusalMetrics {

  static final Metadata UPLOAD_REQUESTS =
      Metadata.builder()
          .withName("fairpact_upload_requests_total")
          .withDescription("Upload requests the application answered, accepted or refused")
          .build();

  static final Metadata REFUSED =
      Metadata.builder()
          .withName("fairpact_requests_refused_total")
          .withDescription("Requests answered with a problem, by problem type")
          .build();

  static final Metadata UPLOADS_REFUSED =
      Metadata.builder()
          .withName("fairpact_uploads_refused_total")
          .withDescription("Upload requests refused with a problem, by problem type")
          .build();

  @Inject MetricRegistry metrics;

  /** An upload request reached its resource method's filters. */
  public void uploadRequested() {
    metrics.counter(UPLOAD_REQUESTS).inc();
  }

  /** A request was answered with the problem; {@code resource} tells whether it was an upload. */
  public void refused(Problem problem, ResourceInfo resource) {
    Tag type = new Tag("type", problem.slug());
    metrics.counter(REFUSED, type).inc();
    if (isUpload(resource)) {
      metrics.counter(UPLOADS_REFUSED, type).inc();
    }
  }

  static boolean isUpload(ResourceInfo resource) {
    if (resource == null) {
      return false;
    }
    Method method = resource.getResourceMethod();
    return method != null
        && method.getDeclaringClass() == DocumentsResource.class
        && method.getName().equals("upload");
  }
}

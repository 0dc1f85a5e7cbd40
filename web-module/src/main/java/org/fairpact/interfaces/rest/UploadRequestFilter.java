package org.fairpact.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Counts every upload request that reached the upload resource method, before authorization and
 * validation may refuse it, so that requests = accepted + refused by type.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class UploadRequestFilter implements ContainerRequestFilter {

  @Inject RefusalMetrics metrics;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (RefusalMetrics.isUpload(resource)) {
      metrics.uploadRequested();
    }
  }
}

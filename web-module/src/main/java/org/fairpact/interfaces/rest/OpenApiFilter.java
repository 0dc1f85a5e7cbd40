package org.fairpact.interfaces.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Gives operations that read their body from the servlet request (not from a JAX-RS entity
 * parameter, so no annotation can describe it) their request body, defined once in {@code
 * META-INF/openapi.yaml} under {@code components.requestBodies}. Registered by {@code
 * mp.openapi.filter}.
 */
public class OpenApiFilter implements OASFilter {

  /** operationId to the name of its request body in components.requestBodies. */
  private static final Map<String, String> BODIES = Map.of("submitDocument", "DocumentUpload");

  @Override
  public Operation filterOperation(Operation operation) {
    String body = BODIES.get(operation.getOperationId());
    if (body != null) {
      operation.setRequestBody(OASFactory.createRequestBody().ref(body));
    }
    return operation;
  }
}

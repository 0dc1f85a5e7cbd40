package org.fairpact.interfaces.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Puts right what Payara's reading of the annotations gets wrong, so that the document at {@code
 * /openapi} says only what the annotations say (registered by {@code mp.openapi.filter}):
 *
 * <ul>
 *   <li>operations that read their body from the servlet request (not from a JAX-RS entity
 *       parameter) get their request body from {@code components.requestBodies} of {@code
 *       META-INF/openapi.yaml};
 *   <li>Payara writes every attribute of a {@code @Schema}, {@code @Parameter} or {@code @Header}
 *       annotation, defaults included ({@code maxProperties: 0}, {@code exclusiveMaximum: false},
 *       ...): the defaults are dropped;
 *   <li>Payara adds each class's {@code @Tag} once per class, without its description: the tags are
 *       the ones {@code FairPactApplication} declares, each once;
 *   <li>Payara adds a root member {@code endpoints} that OpenAPI 3.0 does not have: it is dropped.
 * </ul>
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

  @Override
  public Schema filterSchema(Schema schema) {
    schema.setDeprecated(unlessFalse(schema.getDeprecated()));
    schema.setExclusiveMaximum(unlessFalse(schema.getExclusiveMaximum()));
    schema.setExclusiveMinimum(unlessFalse(schema.getExclusiveMinimum()));
    schema.setNullable(unlessFalse(schema.getNullable()));
    schema.setReadOnly(unlessFalse(schema.getReadOnly()));
    schema.setWriteOnly(unlessFalse(schema.getWriteOnly()));
    schema.setUniqueItems(unlessFalse(schema.getUniqueItems()));
    schema.setMaxProperties(unlessZero(schema.getMaxProperties()));
    schema.setMinProperties(unlessZero(schema.getMinProperties()));
    schema.setMinLength(unlessZero(schema.getMinLength()));
    if (schema.getType() == Schema.SchemaType.INTEGER
        && schema.getDefaultValue() instanceof String text) {
      schema.setDefaultValue(Long.valueOf(text));
    }
    return schema;
  }

  @Override
  public Parameter filterParameter(Parameter parameter) {
    parameter.setAllowEmptyValue(unlessFalse(parameter.getAllowEmptyValue()));
    parameter.setAllowReserved(unlessFalse(parameter.getAllowReserved()));
    parameter.setDeprecated(unlessFalse(parameter.getDeprecated()));
    return parameter;
  }

  @Override
  public Header filterHeader(Header header) {
    header.setAllowEmptyValue(unlessFalse(header.getAllowEmptyValue()));
    header.setDeprecated(unlessFalse(header.getDeprecated()));
    header.setRequired(unlessFalse(header.getRequired()));
    return header;
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getTags() != null) {
      openAPI.setTags(declaredOnce(openAPI.getTags()));
    }
    dropPayaraEndpoints(openAPI);
  }

  /** The described tags in their order, then any other tag name once. */
  static List<Tag> declaredOnce(List<Tag> tags) {
    Map<String, Tag> byName = new LinkedHashMap<>();
    tags.stream()
        .filter(t -> t.getDescription() != null)
        .forEach(t -> byName.putIfAbsent(t.getName(), t));
    tags.forEach(t -> byName.putIfAbsent(t.getName(), t));
    return new ArrayList<>(byName.values());
  }

  /** Payara's OpenAPIImpl has setEndpoints(Map); an empty map is not written. */
  private static void dropPayaraEndpoints(OpenAPI openAPI) {
    try {
      openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, Map.of());
    } catch (ReflectiveOperationException notPayaras) {
      // another implementation: nothing to drop
    }
  }

  private static Boolean unlessFalse(Boolean value) {
    return Boolean.FALSE.equals(value) ? null : value;
  }

  private static Integer unlessZero(Integer value) {
    return value != null && value == 0 ? null : value;
  }
}

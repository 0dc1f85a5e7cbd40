package org.fairpact.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.junit.jupiter.api.Test;

class OpenApiFilterTest {

  @Test
  void dropsTheDefaultsPayaraWritesForEverySchemaAnnotation() {
    Map<String, Object> values = new HashMap<>();
    values.put("MaxProperties", 0);
    values.put("MinLength", 0);
    values.put("ExclusiveMaximum", false);
    values.put("Nullable", false);
    values.put("ReadOnly", true);
    values.put("Maximum", java.math.BigDecimal.valueOf(100));
    values.put("Type", Schema.SchemaType.INTEGER);
    values.put("DefaultValue", "20");
    Schema schema = bean(Schema.class, values);

    new OpenApiFilter().filterSchema(schema);

    assertThat(values.get("MaxProperties")).isNull();
    assertThat(values.get("MinLength")).isNull();
    assertThat(values.get("ExclusiveMaximum")).isNull();
    assertThat(values.get("Nullable")).isNull();
    assertThat(values.get("ReadOnly")).as("a value the annotation set").isEqualTo(true);
    assertThat(values.get("Maximum")).isEqualTo(java.math.BigDecimal.valueOf(100));
    assertThat(values.get("DefaultValue")).as("an integer's default as a number").isEqualTo(20L);
  }

  @Test
  void keepsEachTagOnceWithItsDescriptionInTheDeclaredOrder() {
    List<Tag> tags =
        List.of(
            tag("Cluster", null),
            tag("Documents", null),
            tag("Documents", "Submit contracts."),
            tag("Cluster", "The instances."),
            tag("Cluster", null),
            tag("Undeclared", null));

    List<Tag> once = OpenApiFilter.declaredOnce(tags);

    assertThat(once).extracting(Tag::getName).containsExactly("Documents", "Cluster", "Undeclared");
    assertThat(once)
        .extracting(Tag::getDescription)
        .containsExactly("Submit contracts.", "The instances.", null);
  }

  private static Tag tag(String name, String description) {
    Map<String, Object> values = new HashMap<>();
    values.put("Name", name);
    values.put("Description", description);
    return bean(Tag.class, values);
  }

  /** A model interface backed by a map: getX/isX read "X", setX writes it. */
  private static <T> T bean(Class<T> type, Map<String, Object> values) {
    return type.cast(
        Proxy.newProxyInstance(
            OpenApiFilterTest.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              String name = method.getName();
              if (name.startsWith("set") && args != null && args.length == 1) {
                values.put(name.substring(3), args[0]);
                return null;
              }
              if (name.startsWith("get") && (args == null || args.length == 0)) {
                return values.get(name.substring(3));
              }
              if (name.equals("toString")) {
                return values.toString();
              }
              throw new UnsupportedOperationException(name);
            }));
  }
}

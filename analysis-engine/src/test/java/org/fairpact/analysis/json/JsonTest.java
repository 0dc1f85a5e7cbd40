package org.fairpact.analysis.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void writesAndReadsBackNestedValues() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("text", "„Klient” \"nie\" może\n\tnic \\ \u0001");
    value.put("n", 3);
    value.put("f1", 0.8125);
    value.put("ok", true);
    value.put("none", null);
    value.put("list", List.of(1, "a", List.of()));
    value.put("nan", Double.NaN);

    String json = Json.write(value);
    Map<String, Object> read = Json.parseObject(json);

    assertThat(json).doesNotContain("\n");
    assertThat(read.get("text")).isEqualTo(value.get("text"));
    assertThat(read.get("n")).isEqualTo(3.0);
    assertThat(read.get("f1")).isEqualTo(0.8125);
    assertThat(read.get("ok")).isEqualTo(true);
    assertThat(read).containsEntry("none", null).containsEntry("nan", null);
    assertThat(read.get("list")).isEqualTo(List.of(1.0, "a", List.of()));
  }

  @Test
  void canonicalFormSortsKeysAtEveryLevel() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("b", Map.of("y", 1, "x", 2));
    a.put("a", 1);

    assertThat(Json.writeCanonical(a)).isEqualTo("{\"a\":1,\"b\":{\"x\":2,\"y\":1}}");
  }

  @Test
  void readsEscapesAndUnicode() {
    assertThat(Json.parse("\"a\\u0105\\/\\\"\"")).isEqualTo("aą/\"");
    assertThat(Json.parse(" [ -1.5e2 , false ] ")).isEqualTo(List.of(-150.0, false));
  }

  @Test
  void rejectsWhatIsNotJson() {
    assertThatThrownBy(() -> Json.parse("{\"a\":1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Json.parse("{\"a\":1} x")).hasMessageContaining("trailing");
    assertThatThrownBy(() -> Json.parse("[1,]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Json.parseObject("[]")).hasMessageContaining("object");
  }
}

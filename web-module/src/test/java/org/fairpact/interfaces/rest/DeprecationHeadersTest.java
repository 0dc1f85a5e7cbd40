package org.fairpact.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class DeprecationHeadersTest {

  /** Resources as they would be written: one deprecated method beside a current one. */
  static class Resource {
    @Deprecated
    @Sunset(value = "2027-06-30", deprecatedSince = "2026-12-07")
    public void old() {}

    public void current() {}
  }

  @Deprecated
  @Sunset(value = "2027-01-31", deprecatedSince = "2026-07-01")
  static class DeprecatedResource {
    public void any() {}
  }

  @Test
  void aDeprecatedMethodAnswersDeprecationSunsetAndThePolicyLink() throws Exception {
    MultivaluedMap<String, Object> headers = filter(Resource.class.getMethod("old"));

    // 2026-12-07T00:00:00Z and 2027-06-30T00:00:00Z
    assertThat(headers.getFirst("Deprecation")).isEqualTo("@1796601600");
    assertThat(headers.getFirst("Sunset")).isEqualTo("Wed, 30 Jun 2027 00:00:00 GMT");
    assertThat(headers.get("Link"))
        .containsExactly(
            "<https://fairpact.dev/docs/api#deprecation-policy>; rel=\"deprecation\";"
                + " type=\"text/html\"");
  }

  @Test
  void aMethodOfADeprecatedClassIsDeprecatedWithTheClassDates() throws Exception {
    MultivaluedMap<String, Object> headers = filter(DeprecatedResource.class.getMethod("any"));

    assertThat(headers.getFirst("Deprecation")).isEqualTo("@1782864000");
    assertThat(headers.getFirst("Sunset")).isEqualTo("Sun, 31 Jan 2027 00:00:00 GMT");
  }

  @Test
  void keepsOtherLinksSuchAsNext() throws Exception {
    MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
    headers.add("Link", "</api/v1/x?cursor=2>; rel=\"next\"");
    filter(Resource.class.getMethod("old"), headers);

    assertThat(headers.get("Link")).hasSize(2).first().asString().contains("rel=\"next\"");
  }

  @Test
  void aCurrentMethodGetsNoneOfTheHeaders() throws Exception {
    MultivaluedMap<String, Object> headers = filter(Resource.class.getMethod("current"));

    assertThat(headers).doesNotContainKeys("Deprecation", "Sunset", "Link");
  }

  @Test
  void noMatchedResourceGetsNoneOfTheHeaders() {
    MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
    DeprecationHeaders filter = new DeprecationHeaders();
    filter.resource = resourceInfo(null);
    filter.filter(null, response(headers));

    assertThat(headers).isEmpty();
  }

  private static MultivaluedMap<String, Object> filter(Method method) {
    return filter(method, new MultivaluedHashMap<>());
  }

  private static MultivaluedMap<String, Object> filter(
      Method method, MultivaluedMap<String, Object> headers) {
    DeprecationHeaders filter = new DeprecationHeaders();
    filter.resource = resourceInfo(method);
    filter.filter(null, response(headers));
    return headers;
  }

  private static ResourceInfo resourceInfo(Method method) {
    return new ResourceInfo() {
      @Override
      public Method getResourceMethod() {
        return method;
      }

      @Override
      public Class<?> getResourceClass() {
        return method == null ? null : method.getDeclaringClass();
      }
    };
  }

  private static ContainerResponseContext response(MultivaluedMap<String, Object> headers) {
    return (ContainerResponseContext)
        Proxy.newProxyInstance(
            DeprecationHeadersTest.class.getClassLoader(),
            new Class<?>[] {ContainerResponseContext.class},
            (proxy, invoked, args) -> {
              if (invoked.getName().equals("getHeaders")) {
                return headers;
              }
              throw new UnsupportedOperationException(invoked.getName());
            });
  }
}

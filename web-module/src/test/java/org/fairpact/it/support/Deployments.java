package org.fairpact.it.support;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as the build produced it (the same artefact `bin/fairpact up` runs). */
public final class Deployments {

  private Deployments() {}

  public static WebArchive fairpact() {
    File war = new File(System.getProperty("fairpact.war", "target/fairpact.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " missing: package web-module first");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /**
   * The WAR with some of its MicroProfile Config defaults changed (appended to its
   * microprofile-config.properties, where a later key wins), for a test that needs the application
   * configured differently. The environment still overrides them.
   */
  public static WebArchive fairpactWith(Map<String, String> settings) {
    WebArchive war = fairpact();
    String path = "WEB-INF/classes/META-INF/microprofile-config.properties";
    Node node = war.get(path);
    StringBuilder properties = new StringBuilder();
    if (node != null) {
      try (var in = node.getAsset().openStream()) {
        properties.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
      } catch (java.io.IOException e) {
        throw new IllegalStateException("cannot read " + path, e);
      }
      war.delete(path);
    }
    properties.append("\n# set by the integration test\n");
    settings.forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
    war.add(new StringAsset(properties.toString()), path);
    return war;
  }

  /**
   * The deployment's URL on 127.0.0.1: Payara Micro reports the machine's address, but every server
   * here listens on loopback only.
   */
  public static URL onLoopback(URL deployment) {
    try {
      return new URL(
          deployment.getProtocol(), "127.0.0.1", deployment.getPort(), deployment.getFile());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(deployment.toString(), e);
    }
  }
}

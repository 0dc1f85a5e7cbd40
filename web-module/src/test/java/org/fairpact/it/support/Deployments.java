package org.fairpact.it.support;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
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

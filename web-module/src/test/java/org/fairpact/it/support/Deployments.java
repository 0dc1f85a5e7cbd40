package org.fairpact.it.support;

import java.io.File;
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
}

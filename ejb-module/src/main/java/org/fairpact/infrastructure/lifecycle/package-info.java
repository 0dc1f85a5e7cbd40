/** The instance's life cycle as the server sees it: draining when the JVM is asked to stop. */
package org.fairpact.infrastructure.lifecycle;

/** The logger producer: every class gets a java.util.logging Logger named after it. */
package org.fairpact.infrastructure.logging;

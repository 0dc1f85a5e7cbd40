/**
 * JDBC persistence of the standalone batch runner: the clause sync's store over the server's
 * register tables and the runner's data source. Depends on the application layer's ports; used only
 * by batch-runner (the server persists through JPA in ejb-module).
 */
package org.fairpact.infrastructure.persistence.jdbc;

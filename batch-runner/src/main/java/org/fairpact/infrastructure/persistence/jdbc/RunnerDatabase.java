package org.fairpact.infrastructure.persistence.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The application's PostgreSQL database as the runner reaches it, from the same settings the
 * server's environment carries: {@code fairpact.db.url}, {@code fairpact.db.user}, {@code
 * fairpact.db.password} (environment {@code FAIRPACT_DB_URL}, ... or system properties). No pool:
 * the runner opens a connection per chunk and per job repository call, a few hundred in a run.
 */
@ApplicationScoped
public class RunnerDatabase {

  @Inject
  @ConfigProperty(name = "fairpact.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "fairpact.db.user")
  String user;

  @Inject
  @ConfigProperty(name = "fairpact.db.password")
  String password;

  @Produces
  @ApplicationScoped
  DataSource dataSource() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    dataSource.setUser(user);
    dataSource.setPassword(password);
    dataSource.setApplicationName("fairpact-batch-runner");
    return dataSource;
  }
}

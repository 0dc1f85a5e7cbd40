package org.fairpact.infrastructure.persistence.jpa;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import javax.sql.DataSource;

/**
 * Binds the application datasource under its portable name {@code java:app/jdbc/fairpact} to the
 * server's pool {@code jdbc/fairpact}. The pool is defined outside the application (Payara
 * post-boot commands in server-config/, or asadmin on Payara Server) because the batch runtime's
 * job repository must use the very same pool: a chunk transaction that enlisted two non-XA pools is
 * refused. Address and credentials therefore live in the server configuration, not here.
 */
@Singleton
@Resource(
    name = DataSourceResources.APPLICATION_DATASOURCE,
    lookup = "jdbc/fairpact",
    type = DataSource.class)
public class DataSourceResources {

  public static final String APPLICATION_DATASOURCE = "java:app/jdbc/fairpact";
}

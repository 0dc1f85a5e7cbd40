package org.fairpact.infrastructure.persistence.jpa;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the application datasource under its portable name. Address and credentials come from
 * MicroProfile Config (environment FAIRPACT_DB_URL, FAIRPACT_DB_USER, FAIRPACT_DB_PASSWORD); the
 * PostgreSQL driver is a server library (Payara Micro --addlibs), shared with the batch runtime.
 * Connections are validated so the pool survives a database restart.
 */
@Singleton
@DataSourceDefinition(
    name = "java:app/jdbc/fairpact",
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=fairpact.db.url}",
    user = "${MPCONFIG=fairpact.db.user}",
    password = "${MPCONFIG=fairpact.db.password}",
    initialPoolSize = 2,
    minPoolSize = 2,
    maxPoolSize = 20,
    maxIdleTime = 300,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.max-wait-time-in-millis=10000"
    })
public class DataSourceResources {}

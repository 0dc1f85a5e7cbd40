/**
 * Infrastructure: the JPA (and JDBC) repositories, the JMS side of the analysis requests port and
 * its MDB consumers, the S3 object store, the data grid, the scheduling timer, the shutdown hook,
 * and the container resources (datasource, connection factory). Implements interfaces of the domain
 * and application layers; nothing there depends on this package.
 */
package org.fairpact.infrastructure;

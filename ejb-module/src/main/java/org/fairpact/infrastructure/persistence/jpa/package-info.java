/** JPA implementations of the domain repositories and the application datasource definition. */
package org.fairpact.infrastructure.persistence.jpa;

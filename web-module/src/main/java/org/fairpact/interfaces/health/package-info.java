/**
 * MicroProfile Health checks: liveness of the instance, readiness of its backing services
 * (PostgreSQL, the Artemis broker, the object store).
 */
package org.fairpact.interfaces.health;

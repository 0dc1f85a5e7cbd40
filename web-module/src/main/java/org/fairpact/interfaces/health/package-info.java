/**
 * MicroProfile Health checks: liveness of the instance, readiness of its backing services
 * (PostgreSQL, the Artemis broker, the object store) and whether it accepts work (not draining);
 * and the instance report every instance publishes to the data grid for the cluster listing.
 */
package org.fairpact.interfaces.health;

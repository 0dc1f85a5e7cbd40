/**
 * The data grid Payara runs (Hazelcast), used for what is shared but expendable: the cluster-wide
 * upload quota counters, the register lookup cache, and the instances' published reports; and
 * Payara's view of the grid's members. Everything here degrades to "this instance only" when the
 * grid is absent or unavailable. Nothing here decides "exactly once": that is PostgreSQL's job.
 */
package org.fairpact.infrastructure.grid;

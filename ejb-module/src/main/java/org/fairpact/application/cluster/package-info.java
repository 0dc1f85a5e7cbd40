/**
 * The application's view of the cluster it runs in: this instance's state (draining, busy
 * consumers), the directory of grid members and their published reports, and the cluster-wide
 * upload quota. The grid itself (Hazelcast through JCache and Payara's API) is behind the ports
 * here and lives in infrastructure; when the grid is unavailable these degrade to "this instance
 * only", never to failing requests.
 */
package org.fairpact.application.cluster;

/**
 * Shared helpers of the integration tests: the deployment, tokens, an HTTP client for the API,
 * bounded polling, direct looks into the database and the broker, and contract fixtures built from
 * the real register.
 */
package org.fairpact.it.support;

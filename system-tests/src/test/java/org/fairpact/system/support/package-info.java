/**
 * What the system tests share: the environment {@code bin/fairpact test} exports, tokens, an HTTP
 * client for the front end, the cluster's command line, the database, bounded polling and a load
 * generator that counts what it sent and what failed.
 */
package org.fairpact.system.support;

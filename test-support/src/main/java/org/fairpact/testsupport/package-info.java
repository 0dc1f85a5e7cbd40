/**
 * What the Arquillian integration tests (web-module) and the system tests share: the profile's
 * environment, bounded polling, signed bearer tokens and the database connection.
 */
package org.fairpact.testsupport;

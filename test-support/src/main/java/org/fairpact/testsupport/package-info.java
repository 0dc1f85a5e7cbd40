/**
 * What the Arquillian integration tests (web-module) and the system tests share: the profile's
 * environment, bounded polling, signed bearer tokens, the database connection and a headless
 * browser.
 */
package org.fairpact.testsupport;

/**
 * The Java client of the FairPact API v1: {@link org.fairpact.client.FairPactApi}, a MicroProfile
 * Rest Client interface, the records its answers are read into, and {@link
 * org.fairpact.client.FairPactProblem}, the exception every problem+json answer becomes. {@link
 * org.fairpact.client.FairPactClient#connect} builds one with a bearer token. Depends on APIs only
 * (MicroProfile Rest Client, Jakarta REST, JSON-B), never on the server's modules; the program
 * brings the implementation.
 */
package org.fairpact.client;

/**
 * Black-box system tests of a running FairPact cluster: several Payara Micro instances behind
 * nginx, reached only over HTTP(S) through nginx, with the database read to check the effects and
 * {@code bin/fairpact} used to restart, scale and observe the instances.
 *
 * <p>They run (failsafe, {@code *ST}) only when {@code FAIRPACT_SYSTEM_URL} is set; {@code
 * bin/fairpact test} brings up a test-profile cluster for them. Helpers live in {@code support}.
 */
package org.fairpact.system;

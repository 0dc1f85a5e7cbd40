/**
 * Webhooks: a tenant's endpoint with its signing secret, the deliveries of analysis outcomes to it
 * (each with its attempts) and the pure rules of the Standard Webhooks convention they follow (the
 * secret's format, the signature, the retry schedule). Depends on Jakarta Persistence annotations
 * and the JDK only.
 */
package org.fairpact.domain.model.webhook;

/**
 * JMS side of the analysis requests port: the connection factory on the Artemis resource adapter,
 * the versioned JSON request message, the sender, and the thin MDB consumers of analysis.fast and
 * analysis.heavy. Consumers never swallow a failure: they throw, the container rolls back, and the
 * broker redelivers with delays and finally dead-letters; while the instance drains they hand
 * requests back to the queue instead. Also the {@code register.changes} topic: published after a
 * sync, consumed on every instance to rebuild its matching index.
 */
package org.fairpact.infrastructure.messaging.jms;

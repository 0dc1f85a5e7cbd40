package org.fairpact.infrastructure.messaging.jms;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The outbox's units of work. Normally one batch in one transaction: the oldest pending rows no
 * other relay holds are locked, published and deleted together. If that fails, the rows wait, or
 * the relay publishes them one at a time outside any transaction, each then deleted on its own: the
 * broker drops a message whose duplicate-detection id it has seen when it arrives without a
 * transaction, whereas one such message in a transaction rolls the whole transaction back (so a row
 * published before, by an instance that died before deleting it, would otherwise block its batch
 * for good).
 */
@Stateless
public class OutboxBatch {

  @PersistenceContext(unitName = "fairpact")
  EntityManager entities;

  @Inject JmsAnalysisRequests broker;

  /**
   * @return how many rows were published
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int publish(int limit) {
    @SuppressWarnings("unchecked")
    List<OutboxMessage> rows =
        entities
            .createNativeQuery(
                "SELECT * FROM outbox_message ORDER BY id LIMIT ?1 FOR UPDATE SKIP LOCKED",
                OutboxMessage.class)
            .setParameter(1, limit)
            .getResultList();
    if (rows.isEmpty()) {
      return 0;
    }
    broker.publish(rows);
    rows.forEach(entities::remove);
    return rows.size();
  }

  /** The ids of the oldest pending rows, locked by nobody. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> pending(int limit) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        entities
            .createNativeQuery(
                "SELECT id FROM outbox_message ORDER BY id LIMIT ?1 FOR UPDATE SKIP LOCKED")
            .setParameter(1, limit)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /**
   * Publishes one row without a transaction (a duplicate is dropped by the broker silently).
   *
   * @return false if the row is gone (another relay published it)
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean publishAlone(long id) {
    OutboxMessage row = entities.find(OutboxMessage.class, id);
    if (row == null) {
      return false;
    }
    broker.publish(List.of(row));
    return true;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void delete(long id) {
    OutboxMessage row = entities.find(OutboxMessage.class, id);
    if (row != null) {
      entities.remove(row);
    }
  }

  /** Rows waiting to be published, on all instances. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long backlog() {
    return ((Number)
            entities.createNativeQuery("SELECT count(*) FROM outbox_message").getSingleResult())
        .longValue();
  }
}

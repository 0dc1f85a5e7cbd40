package org.fairpact.infrastructure.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import org.fairpact.domain.model.Listing;

/**
 * A newest-first page of a table as one native query: {@code ORDER BY <time> DESC, id DESC} with
 * the listing's tenant, {@code since} and keyset position as conditions ({@code (<time>, id) < (?,
 * ?)}, which the listing indexes of V9 serve), plus any the caller adds.
 */
final class KeysetQuery {

  private final String table;
  private final String time;
  private final int limit;
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> parameters = new ArrayList<>();

  KeysetQuery(String table, String time, Listing listing) {
    this.table = table;
    this.time = time;
    this.limit = listing.limit();
    listing.tenant().ifPresent(tenant -> where("tenant = ?", tenant));
    listing.since().ifPresent(since -> where(time + " >= CAST(? AS timestamptz)", since));
    listing
        .after()
        .ifPresent(
            after -> {
              conditions.add("(" + time + ", id) < (CAST(? AS timestamptz), CAST(? AS uuid))");
              parameters.add(after.at());
              parameters.add(after.id());
            });
  }

  /** Adds a condition with one parameter. */
  KeysetQuery where(String condition, Object parameter) {
    conditions.add(condition);
    parameters.add(parameter);
    return this;
  }

  @SuppressWarnings("unchecked")
  <T> List<T> run(EntityManager em, Class<T> entity) {
    StringBuilder sql = new StringBuilder("SELECT * FROM ").append(table);
    if (!conditions.isEmpty()) {
      sql.append(" WHERE ").append(String.join(" AND ", conditions));
    }
    sql.append(" ORDER BY ").append(time).append(" DESC, id DESC LIMIT ").append(limit);
    Query query = em.createNativeQuery(sql.toString(), entity);
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query.getResultList();
  }
}

package org.fairpact.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.fairpact.domain.model.Listing;
import org.junit.jupiter.api.Test;

class KeysetPageTest {

  private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-12-07T12:00:00Z");

  /** A listing of pages of three: it fetches four. */
  private static final Listing THREE =
      new Listing(Optional.empty(), Optional.empty(), Optional.empty(), 4);

  @Test
  void aPageThatFetchedNoMoreThanItHoldsIsTheLast() {
    List<Listing.Position> fetched = positions(3);

    KeysetPage<Listing.Position> page = KeysetPage.of(fetched, THREE, "analyses", p -> p);

    assertThat(page.items()).isEqualTo(fetched);
    assertThat(page.nextCursor()).isEmpty();
  }

  @Test
  void aPageThatFetchedOneMoreEndsAtItsLastItemAndNamesItInTheCursor() {
    List<Listing.Position> fetched = positions(4);

    KeysetPage<Listing.Position> page = KeysetPage.of(fetched, THREE, "analyses", p -> p);

    assertThat(page.items()).isEqualTo(fetched.subList(0, 3));
    assertThat(ListingCursor.decode("analyses", page.nextCursor().orElseThrow()))
        .isEqualTo(fetched.get(2));
  }

  /** Newest first, as the repository returns them. */
  private static List<Listing.Position> positions(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> new Listing.Position(T0.minusMinutes(i), UUID.randomUUID()))
        .toList();
  }
}

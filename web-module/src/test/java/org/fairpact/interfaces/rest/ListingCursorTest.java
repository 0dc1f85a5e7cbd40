package org.fairpact.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.fairpact.domain.model.Listing;
import org.junit.jupiter.api.Test;

class ListingCursorTest {

  private static final Listing.Position POSITION =
      new Listing.Position(
          OffsetDateTime.of(2026, 12, 7, 15, 4, 5, 123_456_000, ZoneOffset.ofHours(1)),
          UUID.fromString("3f1c2b9e-7d4a-4c1e-9a6b-0e2d5f8c7a10"));

  @Test
  void aCursorNamesTheSameInstantAndIdItWasMadeOf() {
    String cursor = ListingCursor.encode("analyses", POSITION);

    Listing.Position decoded = ListingCursor.decode("analyses", cursor);

    assertThat(decoded.at().toInstant()).isEqualTo(POSITION.at().toInstant());
    assertThat(decoded.id()).isEqualTo(POSITION.id());
  }

  @Test
  void aCursorIsOpaqueAndSafeInAQueryString() {
    String cursor = ListingCursor.encode("documents", POSITION);

    assertThat(cursor).matches("[A-Za-z0-9_-]+").doesNotContain(POSITION.id().toString());
  }

  @Test
  void aCursorOfAnotherListingIsRefused() {
    String cursor = ListingCursor.encode("documents", POSITION);

    assertRefused("analyses", cursor);
  }

  @Test
  void anythingElseIsRefusedWithInvalidRequest() {
    String notBase64 = "***";
    String noParts = encoded("analyses");
    String badInstant = encoded("analyses|yesterday|" + POSITION.id());
    String badId = encoded("analyses|2026-12-07T14:04:05Z|not-a-uuid");
    String tooLong = "A".repeat(500);
    for (String bad : new String[] {notBase64, noParts, badInstant, badId, tooLong, "12"}) {
      assertRefused("analyses", bad);
    }
  }

  private static void assertRefused(String kind, String cursor) {
    assertThatThrownBy(() -> ListingCursor.decode(kind, cursor))
        .as(cursor)
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.INVALID_REQUEST));
  }

  private static String encoded(String plain) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }
}

package org.fairpact.interfaces.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import org.fairpact.domain.model.Listing;

/**
 * The opaque cursor of a keyset listing: the position (time and id) of the last item of the page
 * before, with the kind of listing it belongs to, base64url-encoded. Clients pass it back as they
 * got it; a cursor of another listing, or anything else, is refused with 400.
 */
final class ListingCursor {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final int MAX_LENGTH = 200;

  private ListingCursor() {}

  static String encode(String kind, Listing.Position position) {
    String plain = kind + "|" + position.at().toInstant() + "|" + position.id();
    return ENCODER.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The position the cursor names; 400 {@code invalid-request} if it is none of this kind. */
  static Listing.Position decode(String kind, String cursor) {
    try {
      if (cursor.length() <= MAX_LENGTH) {
        String[] parts =
            new String(DECODER.decode(cursor.strip()), StandardCharsets.UTF_8).split("\\|");
        if (parts.length == 3 && parts[0].equals(kind)) {
          return new Listing.Position(
              OffsetDateTime.ofInstant(Instant.parse(parts[1]), ZoneOffset.UTC),
              UUID.fromString(parts[2]));
        }
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      // refused below
    }
    throw new ProblemException(
        Problem.INVALID_REQUEST,
        "cursor must be the nextCursor of a previous page of this listing");
  }
}

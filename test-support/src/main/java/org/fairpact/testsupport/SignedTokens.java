package org.fairpact.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Bearer tokens signed with the profile's private key ({@code FAIRPACT_JWT_PRIVATE_KEY}), shaped as
 * {@code bin/fairpact token} makes them: RS256, key id "fairpact", the role as the only group, the
 * tenant as a claim.
 */
public final class SignedTokens {

  private SignedTokens() {}

  /** The issuer the instances accept ({@code MP_JWT_VERIFY_ISSUER}). */
  public static String issuer() {
    return ProfileEnvironment.require("MP_JWT_VERIFY_ISSUER");
  }

  /**
   * @param subject who the token names ({@code sub} and {@code upn})
   * @param role the one group
   * @param tenant the tenant claim
   * @param expires when it expires (in the past for an expired token)
   * @param issuer who issued it (another than {@link #issuer()} for a token to be refused)
   */
  public static String sign(
      String subject, String role, String tenant, Instant expires, String issuer) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(subject)
            .claim("upn", subject)
            .claim("groups", List.of(role))
            .claim("tenant", tenant)
            .issueTime(Date.from(Instant.now().minusSeconds(5)))
            .expirationTime(Date.from(expires))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID("fairpact")
                .build(),
            claims);
    try {
      jwt.sign(new RSASSASigner(privateKey()));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static PrivateKey privateKey() {
    try {
      String pem =
          Files.readString(Path.of(ProfileEnvironment.require("FAIRPACT_JWT_PRIVATE_KEY")));
      String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the profile's private key", e);
    }
  }
}

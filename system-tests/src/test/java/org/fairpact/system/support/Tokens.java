package org.fairpact.system.support;

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

/** Bearer tokens signed with the profile's key, as {@code bin/fairpact token} makes them. */
public final class Tokens {

  private Tokens() {}

  public static String integrator(String tenant) {
    return token("integrator", tenant);
  }

  public static String admin() {
    return token("admin", "ops");
  }

  static String token(String role, String tenant) {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(SystemEnvironment.require("MP_JWT_VERIFY_ISSUER"))
            .subject("st-" + role)
            .claim("upn", "st-" + role)
            .claim("groups", List.of(role))
            .claim("tenant", tenant)
            .issueTime(Date.from(now.minusSeconds(5)))
            .expirationTime(Date.from(now.plusSeconds(3600)))
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
      String pem = Files.readString(Path.of(SystemEnvironment.require("FAIRPACT_JWT_PRIVATE_KEY")));
      String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the private key of the profile", e);
    }
  }
}

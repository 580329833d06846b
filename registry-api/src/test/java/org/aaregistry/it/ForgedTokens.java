package org.aaregistry.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Base64;

/** Tokens an attacker could make: real claims, but signed by a key that is not the realm's, or not at all. */
public final class ForgedTokens {

    private ForgedTokens() {}

    /** The claims of a real token, re-signed with a fresh RSA key that announces the realm key's {@code kid}. */
    public static String resignedWithOtherKey(String realToken) {
        try {
            SignedJWT real = SignedJWT.parse(realToken);
            RSAKey attacker =
                    new RSAKeyGenerator(2048).keyID(real.getHeader().getKeyID()).generate();
            SignedJWT forged = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(attacker.getKeyID())
                            .build(),
                    real.getJWTClaimsSet());
            forged.sign(new RSASSASigner(attacker));
            return forged.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a real token with {@code alg: none} and no signature. */
    public static String unsigned(String realToken) {
        try {
            JWTClaimsSet claims = SignedJWT.parse(realToken).getJWTClaimsSet();
            Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
            return base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes())
                    + "."
                    + base64.encodeToString(claims.toString().getBytes())
                    + ".";
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.hera.api.access;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in identity provider: it publishes the public half of a key it made (a JWKS over HTTP,
 * as a real one does) and signs the tokens the tests present, for the subjects they name.
 */
public class IdentityProvider implements QuarkusTestResourceLifecycleManager {

    static final String ISSUER = "https://id.hera.test/realms/people";

    private static final RsaJsonWebKey KEY = newKey("published");
    /** A key the provider never published: what it signs verifies nowhere. */
    private static final RsaJsonWebKey STRANGER = newKey("published");

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JsonWebKeySet(KEY).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY).getBytes(StandardCharsets.UTF_8);
        server.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jwks);
            }
        });
        server.start();
        return Map.of("hera.api.auth", "oidc",
                "hera.api.oidc.issuer", ISSUER,
                "hera.api.oidc.jwks-url", "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A token for {@code subject}, valid for a while. */
    static String token(String subject) {
        return sign(KEY, ISSUER, subject, Instant.now().plus(Duration.ofMinutes(5)));
    }

    /** A token for {@code subject} that expired a while ago. */
    static String expired(String subject) {
        return sign(KEY, ISSUER, subject, Instant.now().minus(Duration.ofMinutes(10)));
    }

    /** A token for {@code subject} signed with a key the provider never published (same key id). */
    static String forged(String subject) {
        return sign(STRANGER, ISSUER, subject, Instant.now().plus(Duration.ofMinutes(5)));
    }

    /** A token for {@code subject} from another issuer, signed with the published key. */
    static String otherIssuer(String subject) {
        return sign(KEY, "https://elsewhere.example/realms/people", subject, Instant.now().plus(Duration.ofMinutes(5)));
    }

    private static String sign(RsaJsonWebKey key, String issuer, String subject, Instant expires) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setIssuedAt(NumericDate.fromSeconds(expires.minus(Duration.ofMinutes(15)).getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expires.getEpochSecond()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RsaJsonWebKey newKey(String id) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(id);
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}

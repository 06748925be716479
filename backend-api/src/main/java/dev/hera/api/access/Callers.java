package dev.hera.api.access;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.hera.api.error.ApiException;
import dev.hera.image.Sha256;
import dev.hera.error.ErrorCode;
import dev.hera.model.Language;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Who calls, in {@code oidc} mode: the subject of a bearer JWT that Quarkus' OIDC support verified
 * (signature, issuer, expiry). A session stores a hash of issuer and subject as its owner, never
 * the subject itself.
 */
@ApplicationScoped
public class Callers {

    private static final String PREFIX = "oidc-sha256:";

    private final CurrentIdentityAssociation identities;

    public Callers(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /** The owner the caller's identity stands for; 401 without a valid token (expired, wrongly signed, none). */
    public Uni<String> owner(Language language) {
        return identities.getDeferredIdentity()
                .onFailure(AuthenticationFailedException.class).transform(refused -> unauthenticated(language))
                .map(identity -> {
                    if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                            || token.getSubject() == null) {
                        throw unauthenticated(language);
                    }
                    return owner(token.getIssuer(), token.getSubject());
                });
    }

    /** What a session stores for the subject of an issuer. */
    static String owner(String issuer, String subject) {
        return PREFIX + Sha256.hex((issuer + "\n" + subject).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code owner} is the one the session stored, in time independent of where they differ. */
    public static boolean owns(String storedOwner, String owner) {
        return SessionTokens.sameOwner(storedOwner, owner);
    }

    /** 401 with the challenge: no credential, or one that does not verify. */
    public static ApiException unauthenticated(Language language) {
        return new ApiException(ErrorCode.AUTHENTICATION_REQUIRED, language, Map.of(),
                Map.of(HttpHeaders.WWW_AUTHENTICATE, SessionAccess.CHALLENGE));
    }
}

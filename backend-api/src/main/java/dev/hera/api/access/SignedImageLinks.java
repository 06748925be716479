package dev.hera.api.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jboss.logging.Logger;

import dev.hera.api.config.ApiConfig;
import dev.hera.image.ImageLinks;

/**
 * Image links that are not keys to the session: {@code /api/sessions/<id>/photos/<name>?expires=<epoch
 * seconds>&signature=<HMAC-SHA256 of id, name and expiry>}. Such a link shows that one image until
 * it expires, to whoever holds it (an {@code <img src>} sends no header); it opens nothing else.
 */
@ApplicationScoped
public class SignedImageLinks {

    public static final String EXPIRES = "expires";
    public static final String SIGNATURE = "signature";

    /** Shortest key accepted: 256 bits of a random string's worth. */
    static final int MIN_KEY_LENGTH = 32;

    private static final Logger LOG = Logger.getLogger(SignedImageLinks.class);
    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern PLAIN = Pattern.compile(
            "^.*" + Pattern.quote(ImageLinks.SESSIONS_PATH) + "/([^/?#]+)/photos/([^/?#]+)$");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final ImageLinks plain;
    private final List<SecretKeySpec> keys;
    private final long lifetimeSeconds;
    private final Clock clock;

    public SignedImageLinks(ImageLinks plain, ApiConfig config, Clock clock) {
        this.plain = plain;
        this.keys = config.links().keys().filter(list -> !list.isEmpty())
                .map(list -> list.stream().map(SignedImageLinks::key).toList())
                .orElseGet(SignedImageLinks::processKey);
        this.lifetimeSeconds = Math.max(1, config.links().lifetime().toSeconds());
        this.clock = clock;
    }

    /** The signed link to one image of a session. */
    public String of(String sessionId, String imageName) {
        return sign(plain.of(sessionId, imageName));
    }

    /** The signed form of a plain image link; anything else (null, another address) unchanged. */
    public String sign(String link) {
        if (link == null) {
            return null;
        }
        Matcher parts = PLAIN.matcher(link);
        if (!parts.matches()) {
            return link;
        }
        long expires = clock.instant().getEpochSecond() + lifetimeSeconds;
        return link + "?" + EXPIRES + "=" + expires + "&" + SIGNATURE + "="
                + signature(keys.get(0), parts.group(1), parts.group(2), expires);
    }

    /** Whether the link's expiry and signature show {@code imageName} of {@code sessionId}, now. */
    public boolean opens(String sessionId, String imageName, String expires, String signature) {
        if (expires == null || signature == null || !expires.matches("\\d{1,12}")) {
            return false;
        }
        long until = Long.parseLong(expires);
        if (until < clock.instant().getEpochSecond()) {
            return false;
        }
        byte[] presented = signature.getBytes(StandardCharsets.US_ASCII);
        boolean valid = false;
        for (SecretKeySpec key : keys) {
            // Every key is tried, so the time taken does not tell which one matched.
            valid |= MessageDigest.isEqual(presented,
                    signature(key, sessionId, imageName, until).getBytes(StandardCharsets.US_ASCII));
        }
        return valid;
    }

    private static String signature(SecretKeySpec key, String sessionId, String imageName, long expires) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] signed = mac.doFinal((sessionId + "/" + imageName + "/" + expires).getBytes(StandardCharsets.UTF_8));
            return BASE64URL.encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JVM", e);
        }
    }

    private static SecretKeySpec key(String secret) {
        if (secret.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("hera.api.links.keys: each key needs at least " + MIN_KEY_LENGTH
                    + " characters (HERA_API_LINKS_KEYS)");
        }
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    private static List<SecretKeySpec> processKey() {
        LOG.warn("hera.api.links.keys (HERA_API_LINKS_KEYS) is not set: image links are signed with a key of this "
                + "process only, so another replica, or this one after a restart, refuses them");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return List.of(new SecretKeySpec(random, ALGORITHM));
    }
}

package dev.hera.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.hera.config.HeraConfig;
import dev.hera.config.HeraConfig.KeyForm;

/**
 * Formats the Redis keys of a session. The plain form is {@code session:<id>:<key>}; the
 * cluster form wraps the id in a hash tag, {@code session:{<id>}:<key>}, so all keys of one
 * session live in one hash slot and the multi-key scripts stay atomic in a Redis Cluster.
 */
@ApplicationScoped
public class SessionKeys {

    private static final String PREFIX = "session:";

    private final KeyForm form;

    @Inject
    public SessionKeys(HeraConfig config) {
        this(config.redis().keyForm());
    }

    public SessionKeys(KeyForm form) {
        this.form = form;
    }

    public String of(String sessionId, SessionKey key) {
        return sessionPart(sessionId) + ":" + key.keyName();
    }

    /** Every key of the session, in {@link SessionKey} order (the order the scripts expect). */
    public List<String> all(String sessionId) {
        List<String> keys = new ArrayList<>(SessionKey.values().length);
        for (SessionKey key : SessionKey.values()) {
            keys.add(of(sessionId, key));
        }
        return keys;
    }

    /** SCAN pattern matching the {@code _meta} key of every session. */
    public String metaPattern() {
        String id = form == KeyForm.CLUSTER ? "{*}" : "*";
        return PREFIX + id + ":" + SessionKey.META.keyName();
    }

    /** The session id inside a {@code _meta} key found by {@link #metaPattern()}. */
    public Optional<String> sessionIdOfMetaKey(String metaKey) {
        String suffix = ":" + SessionKey.META.keyName();
        if (!metaKey.startsWith(PREFIX) || !metaKey.endsWith(suffix)) {
            return Optional.empty();
        }
        String id = metaKey.substring(PREFIX.length(), metaKey.length() - suffix.length());
        if (form == KeyForm.CLUSTER) {
            if (!id.startsWith("{") || !id.endsWith("}")) {
                return Optional.empty();
            }
            id = id.substring(1, id.length() - 1);
        }
        return SessionIds.isValid(id) ? Optional.of(id) : Optional.empty();
    }

    private String sessionPart(String sessionId) {
        SessionIds.require(sessionId);
        return PREFIX + (form == KeyForm.CLUSTER ? "{" + sessionId + "}" : sessionId);
    }
}

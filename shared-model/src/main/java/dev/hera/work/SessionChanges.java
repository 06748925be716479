package dev.hera.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.hera.session.SessionKey;

/**
 * What answering a turn changes in the session, applied together with the answer in one atomic
 * step (so a redelivered turn is never applied twice, and a crash never applies half of it).
 */
public final class SessionChanges {

    /** One change, written as arguments of the commit script (see {@code WorkScripts.COMMIT}). */
    sealed interface Change permits SetDocument, Append, PutFields {
        void addArguments(List<String> args, Function<Object, String> toJson);
    }

    record SetDocument(SessionKey key, Object document) implements Change {
        @Override
        public void addArguments(List<String> args, Function<Object, String> toJson) {
            args.add("S");
            args.add(String.valueOf(key.scriptIndex()));
            args.add(toJson.apply(document));
        }
    }

    record Append(SessionKey key, List<?> entries) implements Change {
        @Override
        public void addArguments(List<String> args, Function<Object, String> toJson) {
            args.add("A");
            args.add(String.valueOf(key.scriptIndex()));
            args.add(String.valueOf(entries.size()));
            entries.forEach(entry -> args.add(toJson.apply(entry)));
        }
    }

    record PutFields(SessionKey key, Map<String, String> fields) implements Change {
        @Override
        public void addArguments(List<String> args, Function<Object, String> toJson) {
            args.add("H");
            args.add(String.valueOf(key.scriptIndex()));
            args.add(String.valueOf(fields.size()));
            fields.forEach((field, value) -> {
                args.add(field);
                args.add(value);
            });
        }
    }

    private final List<Change> changes = new ArrayList<>();

    public static SessionChanges none() {
        return new SessionChanges();
    }

    public SessionChanges setDocument(SessionKey key, Object document) {
        require(key, SessionKey.Kind.DOCUMENT);
        changes.add(new SetDocument(key, document));
        return this;
    }

    public SessionChanges append(SessionKey key, List<?> entries) {
        require(key, SessionKey.Kind.LOG);
        if (!entries.isEmpty()) {
            changes.add(new Append(key, List.copyOf(entries)));
        }
        return this;
    }

    public SessionChanges putFields(SessionKey key, Map<String, String> fields) {
        require(key, SessionKey.Kind.HASH);
        if (key == SessionKey.TURNS || key == SessionKey.IDEMPOTENCY
                || key == SessionKey.META && fields.keySet().stream().anyMatch(f -> f.startsWith("lease_"))) {
            throw new IllegalArgumentException(key.keyName() + " fields here belong to the work queue");
        }
        if (!fields.isEmpty()) {
            changes.add(new PutFields(key, Map.copyOf(fields)));
        }
        return this;
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }

    private static void require(SessionKey key, SessionKey.Kind kind) {
        if (key.kind() != kind) {
            throw new IllegalArgumentException(key.keyName() + " is a " + key.kind() + ", not a " + kind);
        }
    }
}

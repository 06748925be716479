package dev.hera.session;

/**
 * Every Redis key of a session, in one place.
 *
 * <p>Besides these, Redis holds a few global keys: the work stream {@code hera:turns} (with the
 * consumer group {@code hera-agents}) and the pub/sub channel {@code hera:turn-events}, named in
 * {@link dev.hera.config.HeraConfig.Work}; and the rate-limit buckets of the API.
 * The {@code _meta} hash also carries {@code lease_owner} and {@code lease_until}: which agent
 * works on the session's turns right now. A key is written {@code session:<id>:<name>}
 * (or {@code session:{<id>}:<name>} in the cluster form, see {@link SessionKeys}); all keys of
 * a session share one TTL that every write refreshes.
 */
public enum SessionKey {

    /** Hash; exists exactly when the session exists: created_at, updated_at, locale, phase. */
    META("_meta", Kind.HASH),
    /** String, JSON: the pruned user profile. */
    USER_PROFILE("user_profile", Kind.DOCUMENT),
    /** List of JSON entries {speaker: user|hera, message, timestamp}: the Hera interview log. */
    CONVERSATION_HISTORY("conversation_history", Kind.LOG),
    /** String, JSON: the generated family members, stable once generated. */
    PERSONAS("personas", Kind.DOCUMENT),
    /** List of JSON entries {speaker: user|role, message, timestamp}: the family chat log. */
    FAMILY_CONVERSATION("family_conversation", Kind.LOG),
    /** String, JSON: {destination, activities[]} gathered from the family chat. */
    FAMILY_TRIP_INFO("family_trip_info", Kind.DOCUMENT),
    /** String, JSON: plan flags (prompted, confirmed, complete), persisted rather than held in memory. */
    FAMILY_STATE("family_state", Kind.DOCUMENT),
    /** String, JSON: {destination, activities, story, letter, conversation_log}, a snapshot. */
    FAMILY_PLAN("family_plan", Kind.DOCUMENT),
    /** Hash: image name → JSON {object_key, content_type, size, sha256, created_at}. */
    PHOTOS("photos", Kind.HASH),
    /** Hash: turn id → JSON {@code Turn} (request, status, result): every turn handed to the agent. */
    TURNS("turns", Kind.HASH),
    /** List of turn ids not yet answered, oldest first: the agent answers them strictly in this order. */
    INBOX("inbox", Kind.QUEUE),
    /** Hash: client Idempotency-Key → turn id, so a retried request finds its turn again. */
    IDEMPOTENCY("idempotency", Kind.HASH),
    /**
     * String, JSON {@code {text}}: a model's rolling summary of the interview beyond the last
     * turns, so a model's prompt stays bounded however long the conversation (absent offline).
     */
    CONVERSATION_SUMMARY("conversation_summary", Kind.DOCUMENT);

    /** How a key's value is laid out in Redis. */
    public enum Kind {
        /** A JSON document in a Redis string. */
        DOCUMENT,
        /** An append-only Redis list of JSON entries (appends are atomic, nothing is lost). */
        LOG,
        /** A Redis hash of fields. */
        HASH,
        /** A Redis list of plain strings (ids), consumed from the head. */
        QUEUE
    }

    private final String keyName;
    private final Kind kind;

    SessionKey(String keyName, Kind kind) {
        this.keyName = keyName;
        this.kind = kind;
    }

    /** The last segment of the Redis key, as in the reference ({@code user_profile}, ...). */
    public String keyName() {
        return keyName;
    }

    public Kind kind() {
        return kind;
    }

    /** Position of this key in the KEYS array handed to the session scripts (1-based, as in Lua). */
    public int scriptIndex() {
        return ordinal() + 1;
    }
}

package dev.hera.session;

/**
 * The Lua scripts behind every write of a session. Each receives the keys of one session
 * (KEYS[1] is always {@code _meta}), refuses to write when the session does not exist
 * (so a deleted or expired session is never brought back half-way), and refreshes the TTL of
 * every key of the session in the same atomic step: one TTL for the whole session.
 */
public final class SessionScripts {

    private SessionScripts() {
    }

    /** ARGV[1] ttl in ms, ARGV[2] now; returns false (nil) when the session is absent. */
    public static final String PRELUDE = """
            if redis.call('EXISTS', KEYS[1]) == 0 then return false end
            local function touch(sessionKeys)
              redis.call('HSET', KEYS[1], 'updated_at', ARGV[2])
              for i = 1, (sessionKeys or #KEYS) do redis.call('PEXPIRE', KEYS[i], ARGV[1]) end
            end
            """;

    /** KEYS[1] _meta; ARGV[1] ttl, ARGV[3..] field/value pairs. 1 when created, 0 when it existed. */
    static final LuaScript CREATE = new LuaScript("""
            if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            redis.call('HSET', KEYS[1], unpack(ARGV, 3))
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return 1
            """);

    /** ARGV[3] index of the key, ARGV[4] the JSON document. */
    static final LuaScript SET_DOCUMENT = new LuaScript(PRELUDE + """
            redis.call('SET', KEYS[tonumber(ARGV[3])], ARGV[4])
            touch()
            return 1
            """);

    /** ARGV[3] index of the key, ARGV[4] 1 when a value is expected, ARGV[5] expected, ARGV[6] new. 1 set, 0 lost the race. */
    static final LuaScript COMPARE_AND_SET = new LuaScript(PRELUDE + """
            local key = KEYS[tonumber(ARGV[3])]
            local current = redis.call('GET', key)
            if ARGV[4] == '1' then
              if current ~= ARGV[5] then return 0 end
            elseif current then
              return 0
            end
            redis.call('SET', key, ARGV[6])
            touch()
            return 1
            """);

    /** ARGV[3] index of the list, ARGV[4..] entries; returns the new length. */
    static final LuaScript APPEND = new LuaScript(PRELUDE + """
            local length = redis.call('RPUSH', KEYS[tonumber(ARGV[3])], unpack(ARGV, 4))
            touch()
            return length
            """);

    /** ARGV[3] index of the hash, ARGV[4..] field/value pairs. */
    static final LuaScript HASH_SET = new LuaScript(PRELUDE + """
            redis.call('HSET', KEYS[tonumber(ARGV[3])], unpack(ARGV, 4))
            touch()
            return 1
            """);

    /** ARGV[3] index of the hash, ARGV[4..] fields. */
    static final LuaScript HASH_DELETE = new LuaScript(PRELUDE + """
            redis.call('HDEL', KEYS[tonumber(ARGV[3])], unpack(ARGV, 4))
            touch()
            return 1
            """);

    /**
     * Reads several keys of one session in one round trip. KEYS[1] _meta, then the keys asked
     * for; ARGV[i] the kind of KEYS[i] (h hash, d document, l log). Every element of the reply is
     * an array (empty when absent) so that absent values leave no holes; nil when no session.
     */
    static final LuaScript SNAPSHOT = new LuaScript("""
            if redis.call('EXISTS', KEYS[1]) == 0 then return false end
            local out = {}
            for i = 1, #KEYS do
              local kind = ARGV[i]
              if kind == 'h' then
                out[i] = redis.call('HGETALL', KEYS[i])
              elseif kind == 'l' then
                out[i] = redis.call('LRANGE', KEYS[i], 0, -1)
              else
                local value = redis.call('GET', KEYS[i])
                if value then out[i] = { value } else out[i] = {} end
              end
            end
            return out
            """);
}

package dev.hera.work;

import dev.hera.session.LuaScript;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionScripts;

/**
 * The Lua scripts of the work queue. Each runs on the keys of one session (all in one hash slot
 * in the cluster key form), so queueing, taking and answering a turn are each one atomic step.
 * KEYS are every key of the session in {@link SessionKey} order; ARGV[1] is the TTL, ARGV[2] now.
 */
final class WorkScripts {

    private WorkScripts() {
    }

    private static final String KEY_INDEXES = "local META, TURNS, INBOX, IDEMPOTENCY = 1, "
            + SessionKey.TURNS.scriptIndex() + ", " + SessionKey.INBOX.scriptIndex() + ", "
            + SessionKey.IDEMPOTENCY.scriptIndex() + "\n";

    /**
     * Queues a turn. ARGV[3] turn id, ARGV[4] idempotency key or '', ARGV[5] turn JSON, ARGV[6] the
     * most turns a session may hold, ARGV[7] the {@code _meta} field counting turns of this kind,
     * ARGV[8] the most turns of this kind (0: no bound of its own), ARGV[9] the wake-up's field and
     * ARGV[10] its value when the work stream is the last of KEYS ('' otherwise: in the cluster key
     * form the stream lives in another hash slot, and the caller adds the wake-up itself).
     * Returns {1, turn JSON} when queued (and the wake-up added, if asked), {0, earlier turn JSON}
     * when the key was seen before, {2} when the session is full, for all turns or this kind
     * (nothing is stored).
     */
    static final LuaScript ENQUEUE = new LuaScript(SessionScripts.PRELUDE + KEY_INDEXES + """
            if ARGV[4] ~= '' then
              local earlier = redis.call('HGET', KEYS[IDEMPOTENCY], ARGV[4])
              if earlier then
                local turn = redis.call('HGET', KEYS[TURNS], earlier)
                if turn then return { 0, turn } end
              end
            end
            if redis.call('HLEN', KEYS[TURNS]) >= tonumber(ARGV[6]) then return { 2 } end
            if tonumber(ARGV[8]) > 0 then
              local counted = tonumber(redis.call('HGET', KEYS[META], ARGV[7]) or '0')
              if counted >= tonumber(ARGV[8]) then return { 2 } end
              redis.call('HSET', KEYS[META], ARGV[7], tostring(counted + 1))
            end
            if ARGV[4] ~= '' then
              redis.call('HSET', KEYS[IDEMPOTENCY], ARGV[4], ARGV[3])
            end
            redis.call('HSET', KEYS[TURNS], ARGV[3], ARGV[5])
            redis.call('RPUSH', KEYS[INBOX], ARGV[3])
            if ARGV[9] ~= '' then
              -- the session's keys live as long as the session; the work stream is no key of it
              touch(#KEYS - 1)
              redis.call('XADD', KEYS[#KEYS], '*', ARGV[9], ARGV[10])
            else
              touch()
            end
            return { 1, ARGV[5] }
            """);

    /**
     * Takes (or renews) the session's lease for an agent and returns the oldest unanswered turn.
     * ARGV[3] owner, ARGV[4] lease length in ms. Returns {0} when another agent holds the lease,
     * {1} when leased with nothing to do, {1, turn JSON} when there is a turn to answer.
     * The lease lives in {@code _meta}; Redis' own clock decides expiry, so agents need not agree.
     */
    static final LuaScript CLAIM_NEXT = new LuaScript("""
            if redis.call('EXISTS', KEYS[1]) == 0 then return false end
            """ + KEY_INDEXES + """
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local owner = redis.call('HGET', KEYS[META], 'lease_owner')
            local untilMs = tonumber(redis.call('HGET', KEYS[META], 'lease_until') or '0')
            if owner and owner ~= ARGV[3] and untilMs > now then return { 0 } end
            local taken = (not owner) or owner ~= ARGV[3] or untilMs <= now
            redis.call('HSET', KEYS[META], 'lease_owner', ARGV[3], 'lease_until', tostring(now + tonumber(ARGV[4])))
            local head = redis.call('LINDEX', KEYS[INBOX], 0)
            if not head then return { 1 } end
            local turn = redis.call('HGET', KEYS[TURNS], head)
            if not turn then
              redis.call('LPOP', KEYS[INBOX])
              return { 1 }
            end
            -- How many times the head turn was started: a new lease on the same turn means the
            -- agent that held it died or stalled; a renewal by the same holder is no new start.
            local attempts = 1
            if redis.call('HGET', KEYS[META], 'attempt_turn') == head then
              attempts = tonumber(redis.call('HGET', KEYS[META], 'attempts') or '1')
              if taken then attempts = attempts + 1 end
            end
            redis.call('HSET', KEYS[META], 'attempt_turn', head, 'attempts', tostring(attempts))
            return { 1, turn, attempts }
            """);

    /**
     * Answers the turn at the head of the inbox and applies its changes to the session, once;
     * announces it on the events channel, and gives the lease up when no turn is left waiting (one
     * round trip for what took four: commit, announce, look for the next turn, release).
     * ARGV[3] owner, ARGV[4] turn id, ARGV[5] answered turn JSON, ARGV[6] the events channel,
     * ARGV[7] the announcement, then the changes:
     * ('S', key index, value) set a document; ('A', key index, n, v1..vn) append to a log;
     * ('H', key index, n, f1, v1 .. fn, vn) set hash fields.
     * Returns 2 applied and the lease released (nothing waits), 1 applied with more turns waiting
     * (the lease kept), 0 the lease belongs to another agent, -1 the turn is not (any more) at the head.
     */
    static final LuaScript COMMIT = new LuaScript(SessionScripts.PRELUDE + KEY_INDEXES + """
            if redis.call('HGET', KEYS[META], 'lease_owner') ~= ARGV[3] then return 0 end
            if redis.call('LINDEX', KEYS[INBOX], 0) ~= ARGV[4] then return -1 end
            local i = 8
            while i <= #ARGV do
              local op, key = ARGV[i], KEYS[tonumber(ARGV[i + 1])]
              if op == 'S' then
                redis.call('SET', key, ARGV[i + 2])
                i = i + 3
              elseif op == 'A' then
                local n = tonumber(ARGV[i + 2])
                redis.call('RPUSH', key, unpack(ARGV, i + 3, i + 2 + n))
                i = i + 3 + n
              elseif op == 'H' then
                local n = tonumber(ARGV[i + 2])
                redis.call('HSET', key, unpack(ARGV, i + 3, i + 2 + 2 * n))
                i = i + 3 + 2 * n
              else
                return redis.error_reply('unknown change ' .. op)
              end
            end
            redis.call('HSET', KEYS[TURNS], ARGV[4], ARGV[5])
            redis.call('LPOP', KEYS[INBOX])
            touch()
            redis.call('PUBLISH', ARGV[6], ARGV[7])
            if redis.call('LLEN', KEYS[INBOX]) > 0 then return 1 end
            redis.call('HDEL', KEYS[META], 'lease_owner', 'lease_until')
            return 2
            """);

    /** Acknowledges a handled wake-up and removes it from the stream. KEYS[1] the stream, ARGV[1] the group, ARGV[2] the entry. */
    static final LuaScript ACK = new LuaScript("""
            redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
            return redis.call('XDEL', KEYS[1], ARGV[2])
            """);

    /** Gives the lease up. ARGV[3] owner. Returns how many turns are still waiting in the inbox. */
    static final LuaScript RELEASE = new LuaScript("""
            if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
            """ + KEY_INDEXES + """
            if redis.call('HGET', KEYS[META], 'lease_owner') == ARGV[3] then
              redis.call('HDEL', KEYS[META], 'lease_owner', 'lease_until')
            end
            return redis.call('LLEN', KEYS[INBOX])
            """);
}

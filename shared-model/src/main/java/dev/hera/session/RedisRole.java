package dev.hera.session;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What each service may do in Redis, as a Redis ACL user of its own: the keys of sessions and of
 * Hera ({@code session:*}, {@code hera:*}), Hera's pub/sub channels, and only the commands the
 * service sends, directly or from its scripts. {@link #aclRule()} is the rule a Redis operator
 * grants (the Compose file, the Kubernetes manifests and the tests use it), and
 * {@link RedisAccessCheck} probes exactly these commands at start and on every readiness check.
 */
public enum RedisRole {

    API("backend-api", "hera-api", EnumSet.complementOf(EnumSet.of(
            Cmd.XGROUP_CREATE, Cmd.XREADGROUP, Cmd.XAUTOCLAIM, Cmd.XACK, Cmd.XDEL, Cmd.PUBLISH))),

    AGENT("adk-agent", "hera-agent", EnumSet.complementOf(EnumSet.of(
            Cmd.HMGET, Cmd.SUBSCRIBE, Cmd.UNSUBSCRIBE)));

    /** The keys both services use: a session's keys and Hera's own (queue, limits, deadlines). */
    public static final List<String> KEY_PATTERNS = List.of("session:*", "hera:*");
    /** Hera's pub/sub channels (the answered-turn events). */
    public static final String CHANNEL_PATTERN = "hera:*";

    private final String application;
    private final String user;
    private final Set<Cmd> commands;

    RedisRole(String application, String user, Set<Cmd> commands) {
        this.application = application;
        this.user = user;
        this.commands = commands;
    }

    /** The role of a service, found by its {@code quarkus.application.name}. */
    public static Optional<RedisRole> of(String applicationName) {
        for (RedisRole role : values()) {
            if (role.application.equals(applicationName)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The ACL user name the deployments give this service. */
    public String user() {
        return user;
    }

    public Set<Cmd> commands() {
        return commands;
    }

    /**
     * The ACL rule for this service's user, without its password and without {@code on}:
     * {@code resetkeys ~session:* ~hera:* resetchannels &hera:* -@all +ping +eval …}.
     */
    public String aclRule() {
        return "resetkeys " + KEY_PATTERNS.stream().map(pattern -> "~" + pattern).collect(Collectors.joining(" "))
                + " resetchannels &" + CHANNEL_PATTERN + " -@all "
                + commands.stream().map(command -> "+" + command.aclName).collect(Collectors.joining(" "));
    }

    /**
     * A command a service sends, with arguments of the right number for probing it inside a
     * transaction that is discarded (so nothing runs). Placeholders: {@code {session}} a session
     * key, {@code {hera}} a Hera key, {@code {stream}} the work stream, {@code {channel}} the
     * events channel.
     */
    public enum Cmd {
        // The client's handshake and the probe itself
        HELLO("hello"), PING("ping"), MULTI("multi"), DISCARD("discard"),
        // Scripts, and the commands they call (Redis checks those against the user too)
        EVAL("eval", "return 0", "0"), EVALSHA("evalsha", "0000000000000000000000000000000000000000", "0"),
        TIME("time"),
        EXISTS("exists", "{session}"), DEL("del", "{session}"), PEXPIRE("pexpire", "{session}", "1000"),
        PTTL("pttl", "{session}"), SCAN("scan", "0"),
        GET("get", "{session}"), SET("set", "{session}", "v"),
        HGET("hget", "{session}", "f"), HGETALL("hgetall", "{session}"), HSET("hset", "{session}", "f", "v"),
        HDEL("hdel", "{session}", "f"), HLEN("hlen", "{session}"), HMGET("hmget", "{hera}", "f"),
        RPUSH("rpush", "{session}", "v"), LRANGE("lrange", "{session}", "0", "-1"),
        LINDEX("lindex", "{session}", "0"), LPOP("lpop", "{session}"), LLEN("llen", "{session}"),
        ZADD("zadd", "{hera}", "1", "m"), ZREM("zrem", "{hera}", "m"), ZRANGE("zrange", "{hera}", "0", "-1"),
        // The work queue
        XADD("xadd", "{stream}", "*", "f", "v"), XLEN("xlen", "{stream}"), XPENDING("xpending", "{stream}", "g"),
        XGROUP_CREATE("xgroup|create", "xgroup", "create", "{stream}", "g", "0"),
        XREADGROUP("xreadgroup", "group", "g", "c", "streams", "{stream}", ">"),
        XAUTOCLAIM("xautoclaim", "{stream}", "g", "c", "0", "0"),
        XACK("xack", "{stream}", "g", "0-1"), XDEL("xdel", "{stream}", "0-1"),
        PUBLISH("publish", "{channel}", "m"), SUBSCRIBE("subscribe", "{channel}"), UNSUBSCRIBE("unsubscribe", "{channel}");

        private final String aclName;
        private final List<String> words;

        Cmd(String aclName, String... arguments) {
            this.aclName = aclName;
            // A subcommand (xgroup|create) is sent as its words; others as the name and arguments.
            this.words = aclName.contains("|") ? List.of(arguments) : prepend(aclName, arguments);
        }

        private static List<String> prepend(String name, String... arguments) {
            return Stream.concat(Stream.of(name), Stream.of(arguments)).toList();
        }

        /**
         * Whether a transaction can probe it: the client sends pub/sub commands without waiting for
         * a reply, so a refusal would go unseen. A refused {@code SUBSCRIBE} only slows answers
         * (waiting requests poll); the end-to-end journeys check Redis' ACL log for it.
         */
        boolean probed() {
            return this != SUBSCRIBE && this != UNSUBSCRIBE && this != MULTI && this != DISCARD;
        }

        /** The name Redis' ACL knows the command by ({@code xgroup|create} for a subcommand). */
        public String aclName() {
            return aclName;
        }

        /** The command's words for a probe, its placeholders replaced. */
        List<String> probe(String sessionKey, String heraKey, String stream, String channel) {
            return words.stream().map(word -> switch (word) {
                case "{session}" -> sessionKey;
                case "{hera}" -> heraKey;
                case "{stream}" -> stream;
                case "{channel}" -> channel;
                default -> word;
            }).toList();
        }

        @Override
        public String toString() {
            return aclName.toUpperCase(Locale.ROOT);
        }
    }
}

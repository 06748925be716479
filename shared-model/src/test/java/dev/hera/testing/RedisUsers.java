package dev.hera.testing;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.hera.session.RedisRole;

/**
 * The services' Redis ACL users as a deployment defines them ({@link RedisRole#aclRule()}), with
 * passwords made for this test run, as {@code redis-server} arguments; and the address a service
 * connects with as its user.
 */
public final class RedisUsers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<RedisRole, String> PASSWORDS = Arrays.stream(RedisRole.values())
            .collect(Collectors.toUnmodifiableMap(Function.identity(), role -> newPassword()));

    private RedisUsers() {
    }

    /** Every role's user with its own rule. */
    public static List<String> serverArgs() {
        return serverArgs(RedisRole::aclRule);
    }

    /** Every role's user, with the rule {@code rules} gives it (to take a command away, say). */
    public static List<String> serverArgs(Function<RedisRole, String> rules) {
        List<String> args = new ArrayList<>();
        for (RedisRole role : RedisRole.values()) {
            args.addAll(List.of("--user", role.user(), "on", ">" + password(role)));
            args.addAll(List.of(rules.apply(role).split(" ")));
        }
        return args;
    }

    public static String password(RedisRole role) {
        return PASSWORDS.get(role);
    }

    /** {@code redis://host:port} with the role's user and password in it. */
    public static String uri(String uri, RedisRole role) {
        return uri(uri, role.user(), password(role));
    }

    /** {@code redis://host:port} with this user and password in it. */
    public static String uri(String uri, String user, String password) {
        return uri.replaceFirst("://", "://" + user + ":" + password + "@");
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

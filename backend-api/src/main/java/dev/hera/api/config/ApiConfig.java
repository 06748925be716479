package dev.hera.api.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of backend-api, under {@code hera.api.}. */
@ConfigMapping(prefix = "hera.api")
public interface ApiConfig {

    /**
     * Largest JSON request body, in bytes: refused with 413 before it is read when its length is
     * declared, before it is parsed otherwise (uploads have their own limit).
     */
    @WithDefault("65536")
    int maxJsonBytes();

    /** Longest chat message accepted, in characters. */
    @WithDefault("2000")
    int maxMessageLength();

    /**
     * How long a request that allows it ({@code Prefer: respond-async}) waits for the agent's answer
     * before it answers 202 with the turn id; also how long {@code /complete} waits for the family.
     */
    @WithDefault("25S")
    Duration turnDeadline();

    /**
     * How long any other request waits for the agent's answer before it answers 504; the turn goes
     * on, and its answer can be fetched with the turn id or by resending with the same Idempotency-Key.
     */
    @WithDefault("55S")
    Duration turnWaitLimit();

    /** Who may use a session: its creator's token (the default), an OIDC subject, or anyone. */
    @WithDefault("token")
    AuthMode auth();

    /** The identity provider whose tokens are accepted when {@link #auth()} is {@code oidc}. */
    Oidc oidc();

    interface Oidc {

        /** The issuer ({@code iss}) of accepted tokens, e.g. {@code https://id.example.com/realms/hera}. */
        Optional<String> issuer();

        /**
         * Where the issuer publishes its signing keys (a JWKS); unset: found through the issuer's
         * {@code /.well-known/openid-configuration}.
         */
        Optional<String> jwksUrl();

        /** The audience ({@code aud}) accepted tokens must name; unset: not checked. */
        Optional<String> audience();
    }

    /** Event streams ({@code GET /api/sessions/<id>/events}). */
    Events events();

    interface Events {

        /** Streams one session may hold open on one API process at once. */
        @WithDefault("3")
        int maxPerSession();

        /** Streams one client (address) may hold open on one API process at once. */
        @WithDefault("10")
        int maxPerClient();

        /** How long a stream lasts; then it ends, and the client opens a new one if it still listens. */
        @WithDefault("30M")
        Duration maxDuration();
    }

    /** The image links the API hands out: signed, expiring, usable as an {@code <img src>}. */
    Links links();

    interface Links {

        /**
         * The keys image links are signed with (each at least 32 characters): the first signs,
         * every one is accepted, so a new key goes first and the old one stays second while links
         * signed with it are still alive. Every replica needs the same keys. Unset: a random key
         * per process, whose links only that process accepts.
         */
        Optional<List<String>> keys();

        /** How long an image link works. */
        @WithDefault("1H")
        Duration lifetime();
    }
}

package dev.hera.api.config;

/** How the API recognises the owner of a session ({@code hera.api.auth}). */
public enum AuthMode {

    /** The session token returned when the session was created, as {@code Authorization: Bearer}. */
    TOKEN,

    /**
     * The subject of an identity provider's bearer JWT (issuer and signing keys from
     * {@code hera.api.oidc.*}): a session belongs to the subject that created it.
     */
    OIDC,

    /** Nobody: the session id is the only key (clients that send no credential). */
    NONE
}

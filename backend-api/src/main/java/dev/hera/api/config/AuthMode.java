package dev.hera.api.config;

/** How the API recognises the owner of a session ({@code hera.api.auth}). */
public enum AuthMode {

    /** The session token returned when the session was created, as {@code Authorization: Bearer}. */
    TOKEN,

    /** Nobody: the session id is the only key (clients that send no credential). */
    NONE
}

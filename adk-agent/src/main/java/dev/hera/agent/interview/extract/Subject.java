package dev.hera.agent.interview.extract;

/** Whom a part of a message is about. */
enum Subject {
    /** The person talking. */
    USER,
    /** The user's partner, real or wished for. */
    PARTNER,
    /** A child (wished for or existing). */
    CHILD,
    /** Anyone else: parents, siblings, friends, exes, pets. */
    OTHER
}

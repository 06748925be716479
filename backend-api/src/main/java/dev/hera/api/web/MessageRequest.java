package dev.hera.api.web;

/** The body of a chat message (to Hera or to the family), as documented; {@link ChatInput} reads it. */
public record MessageRequest(String message) {
}

package dev.hera.work;

/** An entry of the work stream: "session {@code sessionId} has turns waiting". */
public record Wake(String entryId, String sessionId) {
}

package dev.hera.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SessionIdsTest {

    /** The definition: a canonical lower-case UUID. */
    private static final Pattern CANONICAL =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    @Test
    void newIdsAreValidAndOtherShapesAreNot() {
        for (int i = 0; i < 100; i++) {
            assertTrue(SessionIds.isValid(SessionIds.newId()));
        }
        String id = "123e4567-e89b-42d3-a456-426614174000";
        assertTrue(SessionIds.isValid(id));
        assertFalse(SessionIds.isValid(null));
        assertFalse(SessionIds.isValid(""));
        assertFalse(SessionIds.isValid(id.toUpperCase()));
        assertFalse(SessionIds.isValid(id + "0"));
        assertFalse(SessionIds.isValid(id.substring(1)));
        assertFalse(SessionIds.isValid(id.replace('-', '0')));
        assertFalse(SessionIds.isValid("123e4567e-89b-42d3-a456-426614174000"));
        assertFalse(SessionIds.isValid("../e4567-e89b-42d3-a456-426614174000"));
        assertFalse(SessionIds.isValid("１23e4567-e89b-42d3-a456-426614174000"));
        assertFalse(SessionIds.isValid("123e4567-e89b-42d3-a456-42661417400g"));
    }

    @Test
    void agreesWithTheDefinitionOnMutatedIds() {
        Random random = new Random(7);
        String alphabet = "0123456789abcdefABCDEFg-/.:%\u0660\uff10 ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder id = new StringBuilder(UUID.randomUUID().toString());
            for (int edits = random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(id.length());
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> id.setCharAt(at, c);
                    case 1 -> id.insert(at, c);
                    default -> id.deleteCharAt(at);
                }
            }
            String candidate = id.toString();
            assertEquals(CANONICAL.matcher(candidate).matches(), SessionIds.isValid(candidate), candidate);
        }
    }
}

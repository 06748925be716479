package dev.hera.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageKeysTest {

    private static final String SESSION = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private static final ImageName USER_PNG = ImageName.of("user", "png");

    @Test
    void objectKeyIsUnderThePhotosOfTheSession() {
        assertEquals("sessions/" + SESSION + "/photos/user.png", ImageKeys.objectKey(SESSION, USER_PNG));
        assertEquals("sessions/" + SESSION + "/photos/child_12.jpeg",
                ImageKeys.objectKey(SESSION, ImageName.parse("CHILD_12.JPEG").orElseThrow()));
    }

    @Test
    void prefixesEndWithASlashSoThatNoSessionIsThePrefixOfAnother() {
        assertEquals("sessions/" + SESSION + "/", ImageKeys.sessionPrefix(SESSION));
        assertEquals("sessions/" + SESSION + "/photos/", ImageKeys.photosPrefix(SESSION));
        assertTrue(ImageKeys.objectKey(SESSION, USER_PNG).startsWith(ImageKeys.sessionPrefix(SESSION)));
    }

    @Test
    void acceptsAnyCanonicalUuid() {
        for (int i = 0; i < 100; i++) {
            String id = UUID.randomUUID().toString();
            assertEquals(id, ImageKeys.requireSessionId(id));
        }
        assertEquals("00000000-0000-0000-0000-000000000000",
                ImageKeys.requireSessionId("00000000-0000-0000-0000-000000000000"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
            "", " ", "..", "../", "a", "not-a-uuid",
            "0F8FAD5B-D9CB-469F-A165-70867728950E",        // upper case is not canonical
            "0f8fad5b-d9cb-469f-a165-70867728950",         // too short
            "0f8fad5b-d9cb-469f-a165-70867728950e0",       // too long
            "0f8fad5bd9cb469fa16570867728950e",            // no dashes
            "{0f8fad5b-d9cb-469f-a165-70867728950e}",
            "0f8fad5b-d9cb-469f-a165-70867728950g",
            " 0f8fad5b-d9cb-469f-a165-70867728950e",
            "0f8fad5b-d9cb-469f-a165-70867728950e ",
            "0f8fad5b-d9cb-469f-a165-70867728950e\n",
            "0f8fad5b-d9cb-469f-a165-70867728950e/..",
            "../0f8fad5b-d9cb-469f-a165-70867728950e",
            "0f8fad5b-d9cb-469f-a165-70867728950e/../0f8fad5b-d9cb-469f-a165-70867728950f",
            "0f8fad5b-d9cb-469f-a165-70867728950e%2F..",
            "0f8fad5b-d9cb-469f-a165-7086772895\uff10e",   // fullwidth zero
            "0f8fad5b-d9cb-469f-a165-7086772895\u0660e",   // Arabic-Indic zero
            "0-0-0-0-0",                                   // UUID.fromString accepts this; keys must not
    })
    void rejectsSessionIdsThatAreNotCanonicalLowerCaseUuids(String sessionId) {
        assertThrows(IllegalArgumentException.class, () -> ImageKeys.sessionPrefix(sessionId));
        assertThrows(IllegalArgumentException.class, () -> ImageKeys.photosPrefix(sessionId));
        assertThrows(IllegalArgumentException.class, () -> ImageKeys.objectKey(sessionId, USER_PNG));
        assertThrows(IllegalArgumentException.class, () -> ImageKeys.requireSessionId(sessionId));
    }

    @Test
    void objectKeyRequiresAName() {
        assertThrows(IllegalArgumentException.class, () -> ImageKeys.objectKey(SESSION, null));
    }

    @Test
    void readsTheImageNameBackFromAKeyOfTheSession() {
        assertEquals(Optional.of(USER_PNG), ImageKeys.imageNameOf(SESSION, ImageKeys.objectKey(SESSION, USER_PNG)));
    }

    @Test
    void ignoresKeysOfOtherSessionsAndForeignObjects() {
        String other = "1f8fad5b-d9cb-469f-a165-70867728950e";
        assertEquals(Optional.empty(), ImageKeys.imageNameOf(SESSION, ImageKeys.objectKey(other, USER_PNG)));
        assertEquals(Optional.empty(), ImageKeys.imageNameOf(SESSION, "sessions/" + SESSION + "/photos/notes.txt"));
        assertEquals(Optional.empty(), ImageKeys.imageNameOf(SESSION, "sessions/" + SESSION + "/photos/x/user.png"));
        assertEquals(Optional.empty(), ImageKeys.imageNameOf(SESSION, "sessions/" + SESSION + "/photos/.user.png.1.tmp"));
        assertEquals(Optional.empty(), ImageKeys.imageNameOf(SESSION, "sessions/" + SESSION + "/user.png"));
        assertEquals(Optional.empty(), ImageKeys.imageNameOf(SESSION, null));
    }
}

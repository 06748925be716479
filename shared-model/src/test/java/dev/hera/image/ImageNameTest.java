package dev.hera.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageNameTest {

    @ParameterizedTest
    @CsvSource({
            "user.png, user, png, image/png",
            "partner.jpg, partner, jpg, image/jpeg",
            "partner.jpeg, partner, jpeg, image/jpeg",
            "child_1.png, child_1, png, image/png",
            "child_9.jpg, child_9, jpg, image/jpeg",
            "child_10.png, child_10, png, image/png",
            "child_99.jpeg, child_99, jpeg, image/jpeg",
    })
    void acceptsTheNamesOfTheProduct(String fileName, String base, String extension, String contentType) {
        ImageName name = ImageName.parse(fileName).orElseThrow();
        assertEquals(base, name.base());
        assertEquals(extension, name.extension());
        assertEquals(contentType, name.contentType());
        assertEquals(fileName, name.fileName());
        assertEquals(fileName, name.toString());
    }

    @ParameterizedTest
    @CsvSource({
            "USER.PNG, user.png",
            "User.Png, user.png",
            "PARTNER.JPEG, partner.jpeg",
            "Child_7.JPG, child_7.jpg",
    })
    void acceptsAnyCaseAndNormalisesToLowerCase(String input, String normalised) {
        assertEquals(normalised, ImageName.parse(input).orElseThrow().fileName());
        assertEquals(ImageName.parse(normalised), ImageName.parse(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // traversal and separators
            "..", ".", "../user.png", "user.png/..", "../../etc/passwd", "/user.png", "photos/user.png",
            "user.png/", "..\\user.png", "user\\.png", "sessions/x/photos/user.png",
            // percent-encoded dots and slashes, also double-encoded
            "%2e%2e", "%2E%2E%2Fuser.png", "user%2Fpng", "%2F", "%2f", "%252e%252e", "user%2epng",
            // NUL and other control characters, whitespace
            "user.png\u0000", "user\u0000.png", "user.png\n", " user.png", "user.png ", "user .png", "user.png\t",
            // unicode look-alikes: fullwidth letters, Cyrillic, Kelvin sign, dotless i, fullwidth dot, one-dot leader
            "\uff55ser.png", "us\u0435r.png", "partner.jp\u212a", "ch\u0131ld_1.png", "user\uff0epng", "user\u2024png",
            "child_\u0661.png",
            // children out of range or with leading zeros, signs
            "child_0.png", "child_00.png", "child_01.png", "child_100.png", "child_-1.png", "child_+1.png", "child_.png",
            "child_1_.png", "child1.png", "child.png",
            // other bases and extensions, double extensions, empty parts
            "partner.gif", "user.webp", "user.svg", "user.PNG.exe", "user.png.png", "user.jpg.png", "admin.png",
            "users.png", "user", "user.", ".png", "", "user..png", ".user.png", "user.png.", "user_.png",
            // long input
            "user.pngggggggggggggggggggggggggggggggggggggggggggggggggggggggg",
    })
    void rejectsEverythingElse(String input) {
        assertEquals(Optional.empty(), ImageName.parse(input), "accepted: " + input);
    }

    @Test
    void rejectsNull() {
        assertEquals(Optional.empty(), ImageName.parse(null));
    }

    @Test
    void buildsFromBaseAndExtension() {
        ImageName name = ImageName.of("CHILD_3", "JPG");
        assertEquals("child_3", name.base());
        assertEquals("jpg", name.extension());
        assertEquals("image/jpeg", name.contentType());
        assertEquals(ImageName.parse("child_3.jpg").orElseThrow(), name);
    }

    @ParameterizedTest
    @CsvSource(value = {
            "user, .png", "user, png.", "user, gif", "user., png", "../user, png", "user/.., png", "child_0, png",
            "child_01, png", "partner, JP\u212a", "NULL, png", "user, NULL", "'', png", "user, ''",
            "user.png, png", "user, png/../x",
    }, nullValues = "NULL")
    void ofRejectsPartsThatAreNotAllowed(String base, String extension) {
        assertThrows(IllegalArgumentException.class, () -> ImageName.of(base, extension));
    }

    @Test
    void rejectionMessageEchoesNoControlCharacters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageName.of("user\r\nX-Injected: 1", "png"));
        assertTrue(!e.getMessage().contains("\r") && !e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void equalityFollowsTheNormalisedName() {
        assertEquals(ImageName.of("user", "png"), ImageName.parse("USER.png").orElseThrow());
        assertEquals(ImageName.of("user", "png").hashCode(), ImageName.parse("USER.png").orElseThrow().hashCode());
        assertNotEquals(ImageName.of("user", "jpg"), ImageName.of("user", "jpeg"));
        assertNotEquals(ImageName.of("user", "png"), ImageName.of("partner", "png"));
    }
}

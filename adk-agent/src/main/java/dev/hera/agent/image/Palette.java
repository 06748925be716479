package dev.hera.agent.image;

import java.awt.Color;

import dev.hera.agent.image.PortraitFeatures.EyeColour;
import dev.hera.agent.image.PortraitFeatures.HairColour;
import dev.hera.agent.image.PortraitFeatures.SkinTone;

/**
 * The colours of a portrait: skin, hair and irises. Described faces take them from their
 * features; a child's are blended from the parents' pictures.
 */
public record Palette(Color skin, Color hair, Color iris) {

    /** The colours the features name. */
    public static Palette of(PortraitFeatures features) {
        Color hair = hair(features.hairColour());
        if (features.ageBand() == PortraitFeatures.AgeBand.SENIOR) {
            // whatever its colour was, hair greys with age
            hair = PortraitRenderer.mix(hair, new Color(176, 176, 182), 0.45);
        }
        return new Palette(skin(features.skinTone()), hair, iris(features.eyeColour()));
    }

    static Color skin(SkinTone tone) {
        return switch (tone) {
            case FAIR -> new Color(255, 228, 212);
            case LIGHT -> new Color(248, 214, 186);
            case MEDIUM -> new Color(232, 186, 146);
            case OLIVE -> new Color(212, 172, 128);
            case TAN -> new Color(196, 144, 102);
            case DARK -> new Color(136, 92, 64);
        };
    }

    static Color hair(HairColour colour) {
        return switch (colour) {
            case BLACK -> new Color(38, 34, 40);
            case DARK_BROWN -> new Color(72, 48, 34);
            case BROWN -> new Color(128, 84, 50);
            case BLONDE -> new Color(232, 194, 112);
            case RED -> new Color(200, 84, 40);
            case AUBURN -> new Color(146, 62, 40);
            case GREY -> new Color(160, 160, 166);
            case WHITE -> new Color(232, 232, 236);
        };
    }

    static Color iris(EyeColour colour) {
        return switch (colour) {
            case DARK -> new Color(52, 36, 30);
            case BROWN -> new Color(112, 70, 40);
            case HAZEL -> new Color(142, 116, 60);
            case GREEN -> new Color(64, 142, 84);
            case BLUE -> new Color(66, 124, 204);
            case GREY -> new Color(118, 134, 150);
        };
    }
}

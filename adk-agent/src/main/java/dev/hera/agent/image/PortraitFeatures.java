package dev.hera.agent.image;

/**
 * What a portrait shows, as read from a description ({@link FeatureReader}) or derived from two
 * parents ({@link ChildPortrait}). Every part has a plain default, so any text gives a face.
 *
 * @param hairLength short, medium or long
 * @param hairColour the hair's colour
 * @param hairStyle  straight, curly, wavy, bun or ponytail
 * @param eyeShape   the eyes' shape and size
 * @param eyeColour  the irises' colour
 * @param glasses    whether the person wears glasses
 * @param facialHair beard, moustache, stubble or none
 * @param smile      a broad open smile rather than a gentle closed one
 * @param freckles   freckles over nose and cheeks
 * @param skinTone   the skin's tone
 * @param faceShape  the face's outline
 * @param ageBand    child to senior; decides proportions and lines
 * @param gender     male, female or unknown; decides defaults (hair, lashes, brows)
 */
public record PortraitFeatures(HairLength hairLength, HairColour hairColour, HairStyle hairStyle, EyeShape eyeShape,
        EyeColour eyeColour, boolean glasses, FacialHair facialHair, boolean smile, boolean freckles,
        SkinTone skinTone, FaceShape faceShape, AgeBand ageBand, FaceGender gender) {

    public enum HairLength { SHORT, MEDIUM, LONG }

    public enum HairColour { BLACK, DARK_BROWN, BROWN, BLONDE, RED, AUBURN, GREY, WHITE }

    public enum HairStyle { STRAIGHT, CURLY, WAVY, BUN, PONYTAIL }

    public enum EyeShape { ROUND, BIG, NARROW, ALMOND, DROOPY }

    public enum EyeColour { DARK, BROWN, HAZEL, GREEN, BLUE, GREY }

    public enum FacialHair { NONE, STUBBLE, MOUSTACHE, BEARD }

    public enum SkinTone { FAIR, LIGHT, MEDIUM, OLIVE, TAN, DARK }

    public enum FaceShape { OVAL, ROUND, LONG, SQUARE }

    public enum AgeBand {
        CHILD, YOUNG, ADULT, MIDDLE, SENIOR;

        /** The band of an age in years. */
        public static AgeBand ofAge(int years) {
            if (years < 13) {
                return CHILD;
            }
            if (years < 30) {
                return YOUNG;
            }
            if (years < 45) {
                return ADULT;
            }
            return years < 60 ? MIDDLE : SENIOR;
        }
    }

    public enum FaceGender { MALE, FEMALE, UNKNOWN }

    public PortraitFeatures withHairColour(HairColour colour) {
        return new PortraitFeatures(hairLength, colour, hairStyle, eyeShape, eyeColour, glasses, facialHair, smile,
                freckles, skinTone, faceShape, ageBand, gender);
    }
}

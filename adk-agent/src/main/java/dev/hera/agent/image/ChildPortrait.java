package dev.hera.agent.image;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import dev.hera.agent.image.PortraitFeatures.AgeBand;
import dev.hera.agent.image.PortraitFeatures.EyeColour;
import dev.hera.agent.image.PortraitFeatures.EyeShape;
import dev.hera.agent.image.PortraitFeatures.FaceGender;
import dev.hera.agent.image.PortraitFeatures.FaceShape;
import dev.hera.agent.image.PortraitFeatures.FacialHair;
import dev.hera.agent.image.PortraitFeatures.HairColour;
import dev.hera.agent.image.PortraitFeatures.HairLength;
import dev.hera.agent.image.PortraitFeatures.HairStyle;
import dev.hera.agent.image.PortraitFeatures.SkinTone;
import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;

/**
 * A wished-for child's portrait from the two parents' pictures: skin, hair and eye colours are
 * sampled from each parent (skin from the centre of the face, hair from above it, eyes from the
 * eye line) and blended about half and half, with a small seeded variation per child; the face
 * has a child's proportions and the child's gender.
 */
public final class ChildPortrait {

    private ChildPortrait() {
    }

    /** The PNG of the {@code index}-th (1-based) wished child. */
    public static byte[] render(BufferedImage userPhoto, BufferedImage partnerPortrait, ChildWish child, int index,
            long seed) {
        long childSeed = seed * 31 + index;
        Palette palette = blend(sample(userPhoto), sample(partnerPortrait), childSeed);
        return PortraitRenderer.render(features(child, index, palette, childSeed), palette, childSeed);
    }

    /** The child's colours: each about half of each parent's, varied a little by the seed. */
    public static Palette blend(Palette user, Palette partner, long seed) {
        Random random = new Random(seed);
        return new Palette(mix(user.skin(), partner.skin(), share(random)), mix(user.hair(), partner.hair(), share(random)),
                mix(user.iris(), partner.iris(), share(random)));
    }

    /** The partner's share: 0.5 ± 0.1. */
    private static double share(Random random) {
        return 0.4 + random.nextDouble() * 0.2;
    }

    /**
     * A parent's dominant colours: skin is the median of the face's centre (below the eyes,
     * above the mouth); hair the median of what above the face is neither background nor skin;
     * eyes the median of what on the eye line is neither skin, hair, white nor near black.
     */
    public static Palette sample(BufferedImage image) {
        Color skin = median(region(image, 0.42, 0.58, 0.50, 0.58, c -> true)).orElse(Palette.skin(SkinTone.LIGHT));
        Color background = median(corners(image)).orElse(Color.WHITE);
        Color hair = median(region(image, 0.30, 0.70, 0.04, 0.34,
                c -> distance(c, background) > 40 && distance(c, skin) > 60))
                .orElse(Palette.hair(HairColour.DARK_BROWN));
        Color iris = median(region(image, 0.30, 0.70, 0.40, 0.50,
                c -> distance(c, skin) > 80 && distance(c, hair) > 50 && distance(c, Color.WHITE) > 70
                        && luminance(c) > 35))
                .orElse(Palette.iris(EyeColour.DARK));
        return new Palette(skin, hair, iris);
    }

    static PortraitFeatures features(ChildWish child, int index, Palette palette, long seed) {
        Random random = new Random(seed);
        boolean girl = child != null && child.desiredGender() == ChildGender.GIRL;
        boolean boy = child != null && child.desiredGender() == ChildGender.BOY;
        HairLength length = boy ? HairLength.SHORT : (girl ? HairLength.LONG : HairLength.MEDIUM);
        HairStyle style = HairStyle.STRAIGHT;
        if (girl) {
            HairStyle[] girlish = { HairStyle.STRAIGHT, HairStyle.PONYTAIL, HairStyle.BUN, HairStyle.WAVY };
            style = girlish[(index - 1 + random.nextInt(2)) % girlish.length];
        }
        FaceGender gender = girl ? FaceGender.FEMALE : (boy ? FaceGender.MALE : FaceGender.UNKNOWN);
        return new PortraitFeatures(length, nearestHairColour(palette.hair()), style, EyeShape.BIG, EyeColour.DARK,
                false, FacialHair.NONE, true, false, SkinTone.LIGHT, FaceShape.ROUND, AgeBand.CHILD, gender);
    }

    private static HairColour nearestHairColour(Color hair) {
        return Arrays.stream(HairColour.values())
                .min((a, b) -> Double.compare(distance(Palette.hair(a), hair), distance(Palette.hair(b), hair)))
                .orElse(HairColour.DARK_BROWN);
    }

    private static List<Color> region(BufferedImage image, double x0, double x1, double y0, double y1,
            Predicate<Color> keep) {
        List<Color> colours = new ArrayList<>();
        int w = image.getWidth();
        int h = image.getHeight();
        int step = Math.max(1, Math.min(w, h) / 256);
        for (int y = (int) (h * y0); y < (int) (h * y1); y += step) {
            for (int x = (int) (w * x0); x < (int) (w * x1); x += step) {
                Color c = new Color(image.getRGB(x, y));
                if (keep.test(c)) {
                    colours.add(c);
                }
            }
        }
        return colours;
    }

    private static List<Color> corners(BufferedImage image) {
        List<Color> colours = new ArrayList<>();
        colours.addAll(region(image, 0.0, 0.08, 0.0, 0.08, c -> true));
        colours.addAll(region(image, 0.92, 1.0, 0.0, 0.08, c -> true));
        return colours;
    }

    /** The per-channel median; empty when too few pixels matched to speak of a colour. */
    private static java.util.Optional<Color> median(List<Color> colours) {
        if (colours.size() < 12) {
            return java.util.Optional.empty();
        }
        int[] r = colours.stream().mapToInt(Color::getRed).sorted().toArray();
        int[] g = colours.stream().mapToInt(Color::getGreen).sorted().toArray();
        int[] b = colours.stream().mapToInt(Color::getBlue).sorted().toArray();
        int mid = colours.size() / 2;
        return java.util.Optional.of(new Color(r[mid], g[mid], b[mid]));
    }

    static double distance(Color a, Color b) {
        int dr = a.getRed() - b.getRed();
        int dg = a.getGreen() - b.getGreen();
        int db = a.getBlue() - b.getBlue();
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    private static double luminance(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }

    private static Color mix(Color user, Color partner, double partnerShare) {
        return PortraitRenderer.mix(user, partner, partnerShare);
    }
}

package dev.hera.agent.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;

class ChildPortraitTest {

    /** A synthetic "photo": a background, hair above, a face in the middle. */
    static BufferedImage parent(Color background, Color hair, Color skin) {
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, 400, 400);
        g.setColor(hair);
        g.fill(new Ellipse2D.Double(90, 10, 220, 240));
        g.setColor(skin);
        g.fill(new Ellipse2D.Double(110, 90, 180, 230));
        g.dispose();
        return image;
    }

    static BufferedImage reddish() {
        return parent(new Color(240, 240, 240), new Color(170, 50, 30), new Color(240, 160, 140));
    }

    static BufferedImage bluish() {
        return parent(new Color(240, 240, 240), new Color(30, 40, 160), new Color(160, 175, 235));
    }

    static BufferedImage partner() {
        return Pixels.decode(PortraitRenderer.render(FeatureReader.read("短い黒髪、眼鏡", 33, PortraitFeatures.FaceGender.MALE), 5));
    }

    @Test
    void samplingFindsSkinAndHairOfASyntheticPhoto() {
        Palette palette = ChildPortrait.sample(reddish());
        assertTrue(ChildPortrait.distance(palette.skin(), new Color(240, 160, 140)) < 5, palette.skin().toString());
        assertTrue(ChildPortrait.distance(palette.hair(), new Color(170, 50, 30)) < 5, palette.hair().toString());
    }

    @Test
    void aRedderUserPhotoGivesARedderChild() {
        ChildWish mio = new ChildWish(ChildGender.GIRL, "みお", 1);
        BufferedImage fromRed = Pixels.decode(ChildPortrait.render(reddish(), partner(), mio, 1, 9));
        BufferedImage fromBlue = Pixels.decode(ChildPortrait.render(bluish(), partner(), mio, 1, 9));
        // the child's cheeks and the hair above the forehead
        double redFace = Pixels.channelMean(fromRed, 16, 216, 290, 296, 320);
        double blueFace = Pixels.channelMean(fromBlue, 16, 216, 290, 296, 320);
        assertTrue(redFace > blueFace + 20, redFace + " vs " + blueFace);
        double blueFaceBlue = Pixels.channelMean(fromBlue, 0, 216, 290, 296, 320);
        double redFaceBlue = Pixels.channelMean(fromRed, 0, 216, 290, 296, 320);
        assertTrue(blueFaceBlue > redFaceBlue + 20, blueFaceBlue + " vs " + redFaceBlue);

        Palette red = ChildPortrait.blend(ChildPortrait.sample(reddish()), ChildPortrait.sample(partner()), 1);
        Palette blue = ChildPortrait.blend(ChildPortrait.sample(bluish()), ChildPortrait.sample(partner()), 1);
        assertTrue(red.hair().getRed() > blue.hair().getRed(), red.hair() + " vs " + blue.hair());
        assertTrue(red.skin().getRed() > blue.skin().getRed(), red.skin() + " vs " + blue.skin());
    }

    @Test
    void theChildInheritsFromBothParents() {
        Palette user = ChildPortrait.sample(reddish());
        Palette partner = ChildPortrait.sample(partner());
        Palette child = ChildPortrait.blend(user, partner, 3);
        assertTrue(ChildPortrait.distance(child.skin(), user.skin()) < ChildPortrait.distance(user.skin(), partner.skin()));
        assertTrue(ChildPortrait.distance(child.skin(), partner.skin()) < ChildPortrait.distance(user.skin(), partner.skin()));
        assertTrue(ChildPortrait.distance(child.hair(), user.hair()) > 10);
        assertTrue(ChildPortrait.distance(child.hair(), partner.hair()) > 10);
    }

    @Test
    void aChildIsDeterministicAndEachChildDiffers() {
        ChildWish sota = new ChildWish(ChildGender.BOY, "そうた", 2);
        ChildWish mio = new ChildWish(ChildGender.GIRL, "みお", 1);
        byte[] once = ChildPortrait.render(reddish(), partner(), sota, 2, 4);
        assertArrayEquals(once, ChildPortrait.render(reddish(), partner(), sota, 2, 4));
        double difference = Pixels.meanAbsoluteDifference(Pixels.decode(once),
                Pixels.decode(ChildPortrait.render(reddish(), partner(), mio, 1, 4)));
        assertTrue(difference > 3, "a boy and a girl look different: " + difference);
    }
}

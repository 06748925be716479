package dev.hera.agent.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

import dev.hera.agent.image.PortraitFeatures.AgeBand;
import dev.hera.agent.image.PortraitFeatures.EyeShape;
import dev.hera.agent.image.PortraitFeatures.FaceGender;
import dev.hera.agent.image.PortraitFeatures.FaceShape;
import dev.hera.agent.image.PortraitFeatures.FacialHair;
import dev.hera.agent.image.PortraitFeatures.HairLength;
import dev.hera.agent.image.PortraitFeatures.HairStyle;

/**
 * Draws a friendly illustrated face (512×512) from {@link PortraitFeatures} with Java2D, headless.
 * Everything random comes from the seed, so the same features and seed give the same PNG bytes.
 */
public final class PortraitRenderer {

    /** Width and height of every portrait. */
    public static final int SIZE = 512;
    /** The horizontal centre of the face. */
    static final int CX = SIZE / 2;

    private static final Color[] BACKGROUNDS = { new Color(255, 226, 214), new Color(220, 236, 255),
            new Color(226, 246, 226), new Color(246, 230, 255), new Color(255, 244, 214), new Color(214, 244, 240) };
    private static final Color[] CLOTHES = { new Color(90, 120, 180), new Color(200, 110, 120), new Color(96, 160, 130),
            new Color(236, 180, 90), new Color(140, 110, 170), new Color(240, 240, 236) };

    private PortraitRenderer() {
    }

    /** The PNG of the described face. */
    public static byte[] render(PortraitFeatures features, long seed) {
        return png(draw(features, Palette.of(features), seed));
    }

    /** The PNG of a face with these features and colours. */
    public static byte[] render(PortraitFeatures features, Palette palette, long seed) {
        return png(draw(features, palette, seed));
    }

    /** The portrait as an image. */
    public static BufferedImage draw(PortraitFeatures features, Palette palette, long seed) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            new Drawing(g, features, palette, new Random(seed)).draw();
        } finally {
            g.dispose();
        }
        return image;
    }

    /** PNG bytes through ImageIO's default writer, which adds no time or other varying metadata. */
    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The where of a face: centre, half sizes and the lines of eyes, nose and mouth. */
    record Layout(double cy, double fw, double fh, double eyeY, double eyeDx, double eyeScale, double noseY,
            double mouthY) {

        static Layout of(PortraitFeatures f) {
            boolean child = f.ageBand() == AgeBand.CHILD;
            double fw = switch (f.faceShape()) {
                case ROUND -> 116;
                case LONG -> 94;
                case SQUARE -> 110;
                case OVAL -> 104;
            };
            double fh = switch (f.faceShape()) {
                case ROUND -> 122;
                case LONG -> 146;
                case SQUARE -> 128;
                case OVAL -> 132;
            };
            if (child) {
                // Younger proportions: a rounder face, features lower, bigger eyes, smaller nose.
                fw = Math.max(fw, 112) * 1.02;
                fh = Math.min(fh, 124) * 0.96;
                double cy = 262;
                return new Layout(cy, fw, fh, cy + fh * 0.12, fw * 0.42, 1.35, cy + fh * 0.38, cy + fh * 0.6);
            }
            double cy = 238;
            return new Layout(cy, fw, fh, cy - fh * 0.02, fw * 0.42, 1.0, cy + fh * 0.3, cy + fh * 0.56);
        }
    }

    /** One portrait being drawn. */
    private static final class Drawing {
        private final Graphics2D g;
        private final PortraitFeatures f;
        private final Palette p;
        private final Random random;
        private final Layout l;
        private final Color shadow;

        Drawing(Graphics2D g, PortraitFeatures features, Palette palette, Random random) {
            this.g = g;
            this.f = features;
            this.p = palette;
            this.random = random;
            this.l = Layout.of(features);
            this.shadow = mix(palette.skin(), new Color(120, 60, 50), 0.22);
        }

        void draw() {
            background();
            hairBehind();
            shoulders();
            neck();
            ears();
            face();
            ageLines();
            blush();
            freckles();
            facialHair();
            nose();
            mouth();
            eyes();
            brows();
            hairFront();
            glasses();
        }

        private void background() {
            Color base = BACKGROUNDS[random.nextInt(BACKGROUNDS.length)];
            g.setPaint(new GradientPaint(0, 0, base, 0, SIZE, mix(base, Color.WHITE, 0.6)));
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(withAlpha(Color.WHITE, 90));
            g.fill(new Ellipse2D.Double(CX - 200, l.cy() - 210, 400, 400));
        }

        private Shape faceShape() {
            double cx = CX;
            double cy = l.cy();
            double fw = l.fw();
            double fh = l.fh();
            double jaw = switch (f.faceShape()) {
                case SQUARE -> 0.95;
                case ROUND -> 0.8;
                case LONG, OVAL -> 0.55;
            };
            if (f.ageBand() == AgeBand.CHILD) {
                jaw = Math.max(jaw, 0.8);
            }
            Path2D path = new Path2D.Double();
            path.moveTo(cx, cy - fh);
            path.curveTo(cx + fw * 0.6, cy - fh, cx + fw, cy - fh * 0.6, cx + fw, cy - fh * 0.05);
            path.curveTo(cx + fw, cy + fh * 0.5, cx + fw * jaw, cy + fh, cx, cy + fh);
            path.curveTo(cx - fw * jaw, cy + fh, cx - fw, cy + fh * 0.5, cx - fw, cy - fh * 0.05);
            path.curveTo(cx - fw, cy - fh * 0.6, cx - fw * 0.6, cy - fh, cx, cy - fh);
            path.closePath();
            return path;
        }

        private void face() {
            Shape face = faceShape();
            g.setColor(p.skin());
            g.fill(face);
            g.setColor(shadow);
            g.setStroke(new BasicStroke(3f));
            g.draw(face);
        }

        private void shoulders() {
            Color cloth = CLOTHES[random.nextInt(CLOTHES.length)];
            double top = l.cy() + l.fh() + 40;
            Path2D body = new Path2D.Double();
            body.moveTo(CX - 230, SIZE + 10);
            body.curveTo(CX - 225, top + 20, CX - 150, top, CX - 60, top - 6);
            body.lineTo(CX + 60, top - 6);
            body.curveTo(CX + 150, top, CX + 225, top + 20, CX + 230, SIZE + 10);
            body.closePath();
            g.setColor(cloth);
            g.fill(body);
            g.setColor(mix(cloth, Color.BLACK, 0.25));
            g.setStroke(new BasicStroke(3f));
            g.draw(body);
        }

        private void neck() {
            double w = l.fw() * 0.42;
            double top = l.cy() + l.fh() * 0.5;
            double bottom = l.cy() + l.fh() + 40;
            Path2D neck = new Path2D.Double();
            neck.moveTo(CX - w, top);
            neck.lineTo(CX - w, bottom - 8);
            neck.quadTo(CX, bottom + 30, CX + w, bottom - 8);
            neck.lineTo(CX + w, top);
            neck.closePath();
            g.setColor(mix(p.skin(), shadow, 0.35));
            g.fill(neck);
            g.setColor(shadow);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(neck);
        }

        private void ears() {
            for (int side : new int[] { -1, 1 }) {
                Ellipse2D ear = new Ellipse2D.Double(CX + side * l.fw() - 16, l.eyeY() - 6, 32, 50);
                g.setColor(mix(p.skin(), shadow, 0.2));
                g.fill(ear);
                g.setColor(shadow);
                g.setStroke(new BasicStroke(2.5f));
                g.draw(ear);
            }
        }

        /** The hair mass behind the head: its length, and the style's outline. */
        private void hairBehind() {
            double cy = l.cy();
            double fw = l.fw();
            double fh = l.fh();
            Area back = new Area(new Ellipse2D.Double(CX - fw - 18, cy - fh - 24, 2 * fw + 36, fh * 1.75));
            HairLength length = f.hairLength();
            if (f.hairStyle() == HairStyle.BUN || f.hairStyle() == HairStyle.PONYTAIL) {
                length = HairLength.SHORT;
            }
            double bottom = switch (length) {
                case SHORT -> cy;
                case MEDIUM -> cy + fh * 0.75;
                case LONG -> cy + fh + 110;
            };
            if (length != HairLength.SHORT) {
                double wide = length == HairLength.LONG ? 34 : 26;
                back.add(new Area(new RoundRectangle2D.Double(CX - fw - wide, cy - fh * 0.5, 2 * (fw + wide),
                        bottom - (cy - fh * 0.5), 60, 60)));
            }
            if (f.hairStyle() == HairStyle.CURLY) {
                back = scalloped(back, length == HairLength.SHORT ? 18 : 22);
            } else if (f.hairStyle() == HairStyle.WAVY && length != HairLength.SHORT) {
                back = scalloped(back, 12);
            }
            if (f.hairStyle() == HairStyle.PONYTAIL) {
                Path2D tail = new Path2D.Double();
                double x = CX + fw + 8;
                tail.moveTo(x - 20, cy - fh * 0.55);
                tail.curveTo(x + 70, cy - fh * 0.45, x + 60, cy + fh * 0.6, x + 10, cy + fh + 30);
                tail.curveTo(x + 10, cy + fh * 0.4, x - 10, cy, x - 20, cy - fh * 0.55);
                back.add(new Area(tail));
            }
            if (f.hairStyle() == HairStyle.BUN) {
                double r = 46;
                back.add(new Area(new Ellipse2D.Double(CX - r, cy - fh - 2 * r + 22, 2 * r, 2 * r)));
            }
            fillHair(back);
        }

        /** The hair over the forehead and temples, leaving the forehead open under a curved hairline. */
        private void hairFront() {
            double cy = l.cy();
            double fw = l.fw();
            double fh = l.fh();
            boolean male = f.gender() == FaceGender.MALE;
            Area cap = new Area(new Ellipse2D.Double(CX - fw - 12, cy - fh - 20, 2 * fw + 24, fh * 1.9));
            double part = (random.nextBoolean() ? 1 : -1) * fw * (male ? 0.25 : 0.18);
            double foreheadTop = cy - fh * (male ? 0.72 : 0.62);
            if (f.ageBand() == AgeBand.CHILD) {
                foreheadTop = cy - fh * 0.45;
            }
            Area forehead = new Area(new Ellipse2D.Double(CX - fw * 0.9 + part * 0.3, foreheadTop, fw * 1.8,
                    (cy + fh * 1.4) - foreheadTop));
            Area fringe = new Area(new Ellipse2D.Double(CX + part - fw * 0.5, foreheadTop - fh * 0.12, fw * 1.0, fh * 0.5));
            forehead.add(fringe);
            cap.subtract(forehead);
            double sideBottom = switch (f.hairLength()) {
                case SHORT -> l.eyeY() - 10;
                case MEDIUM -> cy + fh * 0.3;
                case LONG -> cy + fh * 0.4;
            };
            if (f.hairStyle() == HairStyle.BUN || f.hairStyle() == HairStyle.PONYTAIL) {
                sideBottom = l.eyeY() - 10;
            }
            cap.intersect(new Area(new Rectangle2D.Double(0, 0, SIZE, sideBottom)));
            if (f.hairStyle() == HairStyle.CURLY) {
                cap = scalloped(cap, 14);
            }
            fillHair(cap);
            // a highlight that follows the head's curve
            g.setColor(withAlpha(mix(p.hair(), Color.WHITE, 0.55), 90));
            g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Shape clip = g.getClip();
            g.clip(cap);
            g.draw(new Arc2D.Double(CX - fw * 0.8, cy - fh * 0.95, fw * 1.6, fh * 1.2, 60, 60, Arc2D.OPEN));
            g.setClip(clip);
        }

        private void fillHair(Area hair) {
            g.setColor(p.hair());
            g.fill(hair);
            g.setColor(mix(p.hair(), Color.BLACK, 0.35));
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(hair);
        }

        /** The area with bumps of this radius along its outline: curls. */
        private Area scalloped(Area area, double radius) {
            Area result = new Area(area);
            Rectangle2D bounds = area.getBounds2D();
            double step = radius * 1.2;
            for (double y = bounds.getMinY(); y <= bounds.getMaxY(); y += step) {
                for (double x = bounds.getMinX(); x <= bounds.getMaxX(); x += step) {
                    boolean inside = area.contains(x, y);
                    boolean nearEdge = inside && !(area.contains(x - step, y) && area.contains(x + step, y)
                            && area.contains(x, y - step) && area.contains(x, y + step));
                    if (nearEdge) {
                        result.add(new Area(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius)));
                    }
                }
            }
            return result;
        }

        private void eyes() {
            double s = l.eyeScale();
            double rx = switch (f.eyeShape()) {
                case BIG -> 21;
                case NARROW -> 20;
                case ALMOND -> 20;
                case DROOPY -> 18;
                case ROUND -> 17;
            } * s;
            double ry = switch (f.eyeShape()) {
                case BIG -> 20;
                case NARROW -> 8.5;
                case ALMOND -> 12;
                case DROOPY -> 13;
                case ROUND -> 15;
            } * s;
            for (int side : new int[] { -1, 1 }) {
                double ex = CX + side * l.eyeDx();
                double ey = l.eyeY();
                Shape eye = eyeOutline(ex, ey, rx, ry, side);
                g.setColor(Color.WHITE);
                g.fill(eye);
                Shape clip = g.getClip();
                g.clip(eye);
                double ir = Math.min(ry * 1.05, rx * 0.62);
                ir = Math.max(ir, 9 * s);
                g.setColor(p.iris());
                g.fill(new Ellipse2D.Double(ex - ir, ey - ir, 2 * ir, 2 * ir));
                g.setColor(mix(p.iris(), Color.BLACK, 0.45));
                g.setStroke(new BasicStroke(2f));
                g.draw(new Ellipse2D.Double(ex - ir, ey - ir, 2 * ir, 2 * ir));
                double pr = ir * 0.45;
                g.setColor(new Color(20, 16, 20));
                g.fill(new Ellipse2D.Double(ex - pr, ey - pr, 2 * pr, 2 * pr));
                g.setColor(Color.WHITE);
                double hr = ir * 0.3;
                g.fill(new Ellipse2D.Double(ex + ir * 0.15, ey - ir * 0.6, 2 * hr, 2 * hr));
                g.setClip(clip);
                g.setColor(new Color(50, 36, 36));
                g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(upperLid(ex, ey, rx, ry, side));
                if (f.gender() == FaceGender.FEMALE) {
                    lashes(ex, ey, rx, ry, side);
                }
            }
        }

        private Shape eyeOutline(double ex, double ey, double rx, double ry, int side) {
            Shape shape;
            if (f.eyeShape() == EyeShape.ALMOND || f.eyeShape() == EyeShape.NARROW) {
                Path2D almond = new Path2D.Double();
                almond.moveTo(ex - rx, ey);
                almond.curveTo(ex - rx * 0.5, ey - ry * 1.35, ex + rx * 0.5, ey - ry * 1.35, ex + rx, ey);
                almond.curveTo(ex + rx * 0.5, ey + ry * 1.25, ex - rx * 0.5, ey + ry * 1.25, ex - rx, ey);
                almond.closePath();
                shape = almond;
            } else {
                shape = new Ellipse2D.Double(ex - rx, ey - ry, 2 * rx, 2 * ry);
            }
            double tilt = switch (f.eyeShape()) {
                case DROOPY -> 0.22;
                case NARROW, ALMOND -> -0.12;
                default -> 0;
            };
            // the outer corner goes down for droopy eyes, up for narrow ones
            return AffineTransform.getRotateInstance(side * tilt, ex, ey).createTransformedShape(shape);
        }

        private Shape upperLid(double ex, double ey, double rx, double ry, int side) {
            Shape outline = eyeOutline(ex, ey, rx, ry, side);
            Area upper = new Area(outline);
            upper.intersect(new Area(new Rectangle2D.Double(ex - rx * 1.5, ey - ry * 2, rx * 3, ry * 1.7)));
            Path2D arc = new Path2D.Double();
            double lift = f.eyeShape() == EyeShape.ALMOND || f.eyeShape() == EyeShape.NARROW ? 1.0 : 1.3;
            arc.moveTo(ex - rx * 1.02, ey);
            arc.curveTo(ex - rx * 0.55, ey - ry * lift, ex + rx * 0.55, ey - ry * lift, ex + rx * 1.02, ey);
            double tilt = f.eyeShape() == EyeShape.DROOPY ? 0.22 : (f.eyeShape() == EyeShape.ROUND || f.eyeShape() == EyeShape.BIG ? 0 : -0.12);
            return AffineTransform.getRotateInstance(side * tilt, ex, ey).createTransformedShape(arc);
        }

        private void lashes(double ex, double ey, double rx, double ry, int side) {
            g.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int i = 0; i < 3; i++) {
                double angle = Math.toRadians(20 + i * 16);
                double x = ex + side * rx * Math.cos(angle) * 0.95;
                double y = ey - ry * Math.sin(angle) * 0.95;
                g.draw(new Line2D.Double(x, y, x + side * 9 * Math.cos(angle), y - 9 * Math.sin(angle) - 2));
            }
        }

        private void brows() {
            boolean male = f.gender() == FaceGender.MALE;
            Color brow = mix(p.hair(), Color.BLACK, 0.25);
            if (f.hairColour() == PortraitFeatures.HairColour.WHITE || f.hairColour() == PortraitFeatures.HairColour.BLONDE) {
                brow = mix(p.hair(), Color.BLACK, 0.35);
            }
            g.setColor(brow);
            g.setStroke(new BasicStroke(male ? 8f : 5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            double browY = l.eyeY() - 30 * l.eyeScale() - (f.eyeShape() == EyeShape.BIG ? 6 : 0);
            double raise = f.smile() ? 7 : 3;
            for (int side : new int[] { -1, 1 }) {
                double ex = CX + side * l.eyeDx();
                double inner = ex - side * 22;
                double outer = ex + side * 26;
                double outerDrop = f.eyeShape() == EyeShape.DROOPY ? 8 : (f.eyeShape() == EyeShape.NARROW ? -4 : 2);
                g.draw(new QuadCurve2D.Double(inner, browY + (male ? 2 : 3), ex, browY - raise, outer,
                        browY + outerDrop));
            }
        }

        private void nose() {
            double size = f.ageBand() == AgeBand.CHILD ? 0.6 : 1.0;
            double y = l.noseY();
            g.setColor(mix(shadow, Color.BLACK, 0.1));
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new QuadCurve2D.Double(CX - 12 * size, y, CX, y + 10 * size, CX + 12 * size, y));
            g.draw(new Line2D.Double(CX + 4 * size, y - 34 * size, CX + 10 * size, y - 6 * size));
        }

        private void mouth() {
            double y = l.mouthY();
            double w = (f.ageBand() == AgeBand.CHILD ? 24 : 30);
            Color lip = mix(p.skin(), new Color(200, 70, 80), 0.55);
            if (f.smile()) {
                Path2D open = new Path2D.Double();
                open.moveTo(CX - w, y - 4);
                open.quadTo(CX, y + 2, CX + w, y - 4);
                open.curveTo(CX + w * 0.8, y + 30, CX - w * 0.8, y + 30, CX - w, y - 4);
                open.closePath();
                g.setColor(new Color(130, 40, 50));
                g.fill(open);
                Shape clip = g.getClip();
                g.clip(open);
                g.setColor(Color.WHITE);
                g.fill(new Rectangle2D.Double(CX - w, y - 6, 2 * w, 10));
                g.setColor(new Color(230, 110, 120));
                g.fill(new Ellipse2D.Double(CX - w * 0.5, y + 12, w, 20));
                g.setClip(clip);
                g.setColor(mix(lip, Color.BLACK, 0.3));
                g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(open);
            } else {
                g.setColor(mix(lip, Color.BLACK, 0.2));
                g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new QuadCurve2D.Double(CX - w * 0.8, y, CX, y + 12, CX + w * 0.8, y));
            }
        }

        private void blush() {
            int alpha = f.ageBand() == AgeBand.CHILD ? 110 : (f.gender() == FaceGender.MALE ? 45 : 80);
            g.setColor(withAlpha(new Color(255, 120, 130), alpha));
            for (int side : new int[] { -1, 1 }) {
                double x = CX + side * l.fw() * 0.58;
                double y = (l.noseY() + l.mouthY()) / 2 - 6;
                g.fill(new Ellipse2D.Double(x - 22, y - 12, 44, 24));
            }
        }

        private void freckles() {
            if (!f.freckles()) {
                return;
            }
            g.setColor(withAlpha(mix(p.skin(), new Color(120, 60, 30), 0.55), 200));
            double y0 = l.noseY() - 22;
            for (int i = 0; i < 28; i++) {
                double spread = l.fw() * 0.75;
                double x = CX + (random.nextDouble() * 2 - 1) * spread;
                double y = y0 + random.nextDouble() * 40 - Math.abs(x - CX) * 0.05;
                if (Math.abs(x - CX) < 8 && y > l.noseY() - 12) {
                    continue;
                }
                double r = 1.7 + random.nextDouble() * 1.5;
                g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            }
        }

        private void facialHair() {
            if (f.facialHair() == FacialHair.NONE) {
                return;
            }
            double cy = l.cy();
            double fh = l.fh();
            Color colour = p.hair();
            Area mouthHole = new Area(new Ellipse2D.Double(CX - 40, l.mouthY() - 14, 80, 42));
            Area moustache = moustache();
            if (f.facialHair() == FacialHair.MOUSTACHE) {
                g.setColor(colour);
                g.fill(moustache);
                return;
            }
            Area jaw = new Area(faceShape());
            jaw.add(new Area(new BasicStroke(10f).createStrokedShape(faceShape())));
            jaw.intersect(new Area(new Rectangle2D.Double(0, l.noseY() + 8, SIZE, SIZE)));
            Area sideburns = new Area(faceShape());
            sideburns.subtract(new Area(new Ellipse2D.Double(CX - l.fw() * 0.82, cy - fh, l.fw() * 1.64, fh * 1.9)));
            sideburns.intersect(new Area(new Rectangle2D.Double(0, l.eyeY(), SIZE, SIZE)));
            jaw.add(sideburns);
            if (f.facialHair() == FacialHair.STUBBLE) {
                g.setColor(withAlpha(colour, 70));
                g.fill(jaw);
                g.setColor(withAlpha(colour, 150));
                Rectangle2D b = jaw.getBounds2D();
                for (int i = 0; i < 260; i++) {
                    double x = b.getMinX() + random.nextDouble() * b.getWidth();
                    double y = b.getMinY() + random.nextDouble() * b.getHeight();
                    if (jaw.contains(x, y) && !mouthHole.contains(x, y)) {
                        g.fill(new Ellipse2D.Double(x - 1, y - 1, 2, 2));
                    }
                }
                return;
            }
            jaw.add(moustache);
            jaw.subtract(mouthHole);
            Area beard = scalloped(jaw, 6);
            beard.intersect(new Area(new Rectangle2D.Double(0, l.eyeY() + 20, SIZE, SIZE)));
            g.setColor(colour);
            g.fill(beard);
            g.setColor(mix(colour, Color.BLACK, 0.3));
            g.setStroke(new BasicStroke(2f));
            g.draw(beard);
        }

        private Area moustache() {
            double y = (l.noseY() + l.mouthY()) / 2 + 2;
            Path2D m = new Path2D.Double();
            m.moveTo(CX, y - 8);
            m.curveTo(CX + 20, y - 16, CX + 44, y - 8, CX + 44, y + 8);
            m.curveTo(CX + 30, y + 2, CX + 12, y + 6, CX, y + 4);
            m.curveTo(CX - 12, y + 6, CX - 30, y + 2, CX - 44, y + 8);
            m.curveTo(CX - 44, y - 8, CX - 20, y - 16, CX, y - 8);
            m.closePath();
            return new Area(m);
        }

        private void glasses() {
            if (!f.glasses()) {
                return;
            }
            double w = 62 * Math.max(1, l.eyeScale() * 0.9);
            double h = 46 * Math.max(1, l.eyeScale() * 0.9);
            Color frame = new Color(44, 40, 52);
            for (int side : new int[] { -1, 1 }) {
                double ex = CX + side * l.eyeDx();
                RoundRectangle2D lens = new RoundRectangle2D.Double(ex - w / 2, l.eyeY() - h / 2, w, h, 22, 22);
                g.setColor(withAlpha(Color.WHITE, 40));
                g.fill(lens);
                g.setColor(frame);
                g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(lens);
                g.draw(new Line2D.Double(ex + side * w / 2, l.eyeY() - 6, CX + side * (l.fw() + 2), l.eyeY() - 10));
            }
            double inner = l.eyeDx() - w / 2;
            g.draw(new QuadCurve2D.Double(CX - inner, l.eyeY() - 6, CX, l.eyeY() - 16, CX + inner, l.eyeY() - 6));
        }

        private void ageLines() {
            if (f.ageBand() != AgeBand.MIDDLE && f.ageBand() != AgeBand.SENIOR) {
                return;
            }
            g.setColor(withAlpha(shadow, f.ageBand() == AgeBand.SENIOR ? 200 : 120));
            g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int side : new int[] { -1, 1 }) {
                double x = CX + side * (l.eyeDx() + 30);
                g.draw(new Line2D.Double(x, l.eyeY() + 2, x + side * 10, l.eyeY() + 6));
                g.draw(new QuadCurve2D.Double(CX + side * 26, l.noseY() + 4, CX + side * 40, l.noseY() + 24,
                        CX + side * 36, l.mouthY() + 8));
            }
            if (f.ageBand() == AgeBand.SENIOR) {
                double y = l.eyeY() - 62;
                for (int i = 0; i < 2; i++) {
                    g.draw(new QuadCurve2D.Double(CX - 40, y + i * 10, CX, y + i * 10 - 6, CX + 40, y + i * 10));
                }
            }
        }
    }

    static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() * (1 - t) + b.getRed() * t),
                (int) Math.round(a.getGreen() * (1 - t) + b.getGreen() * t),
                (int) Math.round(a.getBlue() * (1 - t) + b.getBlue() * t));
    }

    static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}

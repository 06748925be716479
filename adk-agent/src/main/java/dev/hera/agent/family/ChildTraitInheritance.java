package dev.hera.agent.family;

import java.util.EnumMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import dev.hera.model.BigFive;
import dev.hera.model.BigFive.Trait;

/**
 * A child's Big Five from both parents: for each trait,
 * {@code clamp(avg(parents) · H + N(0.5, 0.15) · (1 − H) + birthOrderAdjustment, 0, 1)},
 * rounded to two decimals, with the heritability H per trait. The random source is seeded by the
 * caller, so the same family always gets the same children.
 */
public final class ChildTraitInheritance {

    private static final Map<Trait, Double> HERITABILITY = new EnumMap<>(Map.of(
            Trait.OPENNESS, 0.57,
            Trait.CONSCIENTIOUSNESS, 0.49,
            Trait.EXTRAVERSION, 0.54,
            Trait.AGREEABLENESS, 0.42,
            Trait.NEUROTICISM, 0.48));

    /** Birth-order adjustments: first child, second child, third and later. */
    private static final Map<Trait, double[]> BIRTH_ORDER = new EnumMap<>(Map.of(
            Trait.OPENNESS, new double[] { -0.02, 0.05, 0.06 },
            Trait.CONSCIENTIOUSNESS, new double[] { 0.05, -0.03, -0.04 },
            Trait.EXTRAVERSION, new double[] { -0.02, 0.04, 0.05 },
            Trait.AGREEABLENESS, new double[] { 0.03, 0.02, 0.04 },
            Trait.NEUROTICISM, new double[] { 0.01, -0.01, -0.02 }));

    private static final double ENVIRONMENT_MEAN = 0.5;
    private static final double ENVIRONMENT_SD = 0.15;

    private ChildTraitInheritance() {
    }

    /**
     * The traits of the child at {@code birthIndex} (0 for the first-born). Missing parent scores
     * count as 0.5. Draws five values from {@code random}, in trait order.
     */
    public static BigFive childOf(BigFive user, BigFive partner, int birthIndex, RandomGenerator random) {
        Map<Trait, Double> values = new EnumMap<>(Trait.class);
        int order = Math.min(Math.max(birthIndex, 0), 2);
        for (Trait trait : Trait.values()) {
            double parentAverage = (score(user, trait) + score(partner, trait)) / 2;
            double heritability = HERITABILITY.get(trait);
            double environment = (ENVIRONMENT_MEAN + random.nextGaussian() * ENVIRONMENT_SD) * (1 - heritability);
            double value = parentAverage * heritability + environment + BIRTH_ORDER.get(trait)[order];
            values.put(trait, round(Math.max(0.0, Math.min(1.0, value))));
        }
        return new BigFive(values.get(Trait.OPENNESS), values.get(Trait.CONSCIENTIOUSNESS),
                values.get(Trait.EXTRAVERSION), values.get(Trait.AGREEABLENESS), values.get(Trait.NEUROTICISM));
    }

    /** The value a child's trait tends to: {@code H · avg + 0.5 · (1 − H) + adjustment}. */
    public static double expected(BigFive user, BigFive partner, Trait trait, int birthIndex) {
        double heritability = HERITABILITY.get(trait);
        double parentAverage = (score(user, trait) + score(partner, trait)) / 2;
        return parentAverage * heritability + ENVIRONMENT_MEAN * (1 - heritability)
                + BIRTH_ORDER.get(trait)[Math.min(Math.max(birthIndex, 0), 2)];
    }

    private static double score(BigFive scores, Trait trait) {
        Double value = scores == null ? null : trait.valueIn(scores);
        return value == null ? BigFive.NEUTRAL : value;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

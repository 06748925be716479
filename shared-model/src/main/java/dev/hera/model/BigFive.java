package dev.hera.model;

import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Big Five personality scores, each in [0, 1] or absent. Neuroticism keeps its usual meaning
 * (high = anxious), even where the reference labels it 「情緒安定性」.
 *
 * @param openness          openness to experience
 * @param conscientiousness conscientiousness
 * @param extraversion      extraversion
 * @param agreeableness     agreeableness
 * @param neuroticism       neuroticism (high = anxious)
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record BigFive(Double openness, Double conscientiousness, Double extraversion, Double agreeableness,
        Double neuroticism) {

    /** The value used in place of a score that is not a number in [0, 1]. */
    public static final double NEUTRAL = 0.5;

    /** The five traits, in the reference order (O, C, E, A, N). */
    public enum Trait {
        OPENNESS("openness", BigFive::openness),
        CONSCIENTIOUSNESS("conscientiousness", BigFive::conscientiousness),
        EXTRAVERSION("extraversion", BigFive::extraversion),
        AGREEABLENESS("agreeableness", BigFive::agreeableness),
        NEUROTICISM("neuroticism", BigFive::neuroticism);

        private final String jsonName;
        private final Function<BigFive, Double> accessor;

        Trait(String jsonName, Function<BigFive, Double> accessor) {
            this.jsonName = jsonName;
            this.accessor = accessor;
        }

        /** The JSON property name of this trait. */
        public String jsonName() {
            return jsonName;
        }

        /** This trait's score in {@code scores}, or null when absent. */
        public Double valueIn(BigFive scores) {
            return accessor.apply(scores);
        }
    }

    /** How many of the five traits have a value. */
    public int count() {
        int present = 0;
        for (Trait trait : Trait.values()) {
            if (trait.valueIn(this) != null) {
                present++;
            }
        }
        return present;
    }

    /**
     * A copy in which every present score that is not finite or lies outside [0, 1] is replaced
     * by {@link #NEUTRAL}; absent scores stay absent.
     */
    public BigFive sanitized() {
        return new BigFive(sanitize(openness), sanitize(conscientiousness), sanitize(extraversion),
                sanitize(agreeableness), sanitize(neuroticism));
    }

    /** Trait by trait: the newer score where it has one, otherwise this one. A null {@code newer} changes nothing. */
    public BigFive merge(BigFive newer) {
        if (newer == null) {
            return this;
        }
        return new BigFive(
                newer.openness != null ? newer.openness : openness,
                newer.conscientiousness != null ? newer.conscientiousness : conscientiousness,
                newer.extraversion != null ? newer.extraversion : extraversion,
                newer.agreeableness != null ? newer.agreeableness : agreeableness,
                newer.neuroticism != null ? newer.neuroticism : neuroticism);
    }

    private static Double sanitize(Double score) {
        if (score == null) {
            return null;
        }
        return Double.isFinite(score) && score >= 0.0 && score <= 1.0 ? score : NEUTRAL;
    }
}

package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.UserProfile;

/**
 * Issue 19, round 11: the Big Five facet by facet, high and low, in the everyday English people use of
 * themselves and their partners rather than trait words: gregariousness, talk and hosting, energy and cheer
 * (extraversion); order, plans, duty and drive (conscientiousness); decency, manners, softness, forgiving and
 * giving, and distrust (agreeableness); imagination, books, art and exploring, and the familiar
 * (openness); jealousy, panic, temper and strain, and being hard to rattle (neuroticism). Sentences written for
 * this test, with ones that must yield nothing: the same words said of a place, a plan or a number.
 */
class BigFiveFacetsInEverydayEnglishTest {

    private static final String ABOUT_YOU = "And how would you describe yourself?";
    private static final String ABOUT_HIM = "What is Tom like?";
    private static final String ABOUT_HER = "What is Nina like?";
    private static final UserProfile WITH_TOM = ExtractionCase.Given.profile().currentPartner("Tom").build();
    private static final UserProfile WITH_NINA = ExtractionCase.Given.profile().currentPartner("Nina").build();

    static Stream<ExtractionCase> extraversion() {
        return Stream.of(
                en("honestly I'm a total party girl", "E>0.6").asked(ABOUT_YOU),
                en("I'm not really a party person", "E<0.5").asked(ABOUT_YOU),
                en("honestly that man can talk! He'd chat to a lamppost", "pE>0.6", "E=-").asked(ABOUT_HIM).given(WITH_TOM),
                en("she can talk the hind legs off a donkey", "pE>0.6").asked(ABOUT_HER).given(WITH_NINA),
                en("She's always having friends over for dinner", "pE>0.6").asked(ABOUT_HER).given(WITH_NINA),
                en("I love hosting, there's always someone at ours", "E>0.6").asked(ABOUT_YOU),
                en("I'm full of energy, never sit still", "E>0.6").asked(ABOUT_YOU),
                en("he makes everyone laugh, great sense of humour", "pE>0.6").asked(ABOUT_HIM).given(WITH_TOM),
                en("she's a ray of sunshine, always the first on the dance floor", "pE>0.6").asked(ABOUT_HER).given(WITH_NINA),
                en("socially I'm pretty awkward tbh", "E<0.5").asked(ABOUT_YOU),
                en("I never know what to say at parties", "E<0.5").asked(ABOUT_YOU),
                en("he listens more than he talks", "pE<0.5").asked(ABOUT_HIM).given(WITH_TOM),
                en("a bit of a hermit, I recharge alone", "E<0.5").asked(ABOUT_YOU),
                en("I don't like big crowds and I need my space", "E<0.5").asked(ABOUT_YOU),
                en("I like to stay home most weekends", "E<0.5").asked(ABOUT_YOU),
                // the same words of a place, the weather or a plan
                en("It's sunny here in Perth today", "traits=-").asked("Where do you live?"),
                en("I'd like to stay in Berlin for a while", "traits=-").asked("Where do you live?"),
                en("we talk for hours every night", "traits=-").asked(ABOUT_HER).given(WITH_NINA));
    }

    static Stream<ExtractionCase> conscientiousness() {
        return Stream.of(
                en("I like everything planned out and I keep a planner for everything", "C>0.6").asked(ABOUT_YOU),
                en("I plan our trips down to the last detail", "C>0.6").asked(ABOUT_YOU),
                en("I'm pretty driven, I get things done", "C>0.6").asked(ABOUT_YOU),
                en("very precise, everything double-checked", "C>0.6").asked(ABOUT_YOU),
                en("early riser, bit of a neat freak, the kitchen has to be spotless", "C>0.6").asked(ABOUT_YOU),
                en("she always keeps her promises and never lets anyone down", "pC>0.6").asked(ABOUT_HER).given(WITH_NINA),
                en("I'm always losing my keys and I'm a last-minute person", "C<0.5").asked(ABOUT_YOU),
                en("he forgets everything, total couch potato", "pC<0.5").asked(ABOUT_HIM).given(WITH_TOM),
                // a number, a plan, a drive
                en("I'm 34, to be precise", "traits=-").asked("How old are you?"),
                en("I'd like to plan a trip to Japan", "traits=-").asked(ABOUT_YOU),
                en("I've driven down from Leeds for this job", "traits=-").asked(ABOUT_YOU),
                en("the gender is not determined yet", "traits=-").asked("And children?"));
    }

    static Stream<ExtractionCase> agreeableness() {
        return Stream.of(
                en("she's nice to everyone, even rude customers", "pA>0.6").asked(ABOUT_HER).given(WITH_NINA),
                en("a real gentleman, holds the door, good manners", "pA>0.6").asked(ABOUT_HIM).given(WITH_TOM),
                en("he's soft-hearted, an absolute angel with my mum", "pA>0.6").asked(ABOUT_HIM).given(WITH_TOM),
                en("I forgive easily, probably too easily", "A>0.6").asked(ABOUT_YOU),
                en("she volunteers at the shelter every Sunday", "pA>0.6").asked(ABOUT_HER).given(WITH_NINA),
                en("he never refuses to help anyone", "pA>0.6").asked(ABOUT_HIM).given(WITH_TOM),
                en("not a grump at all", "pA>0.6").asked(ABOUT_HIM).given(WITH_TOM),
                en("I'm a bit gruff and sarcastic", "A<0.5").asked(ABOUT_YOU),
                en("I don't trust people easily, I keep my guard up", "A<0.5").asked(ABOUT_YOU));
    }

    static Stream<ExtractionCase> openness() {
        return Stream.of(
                en("he's a bit of a dreamer, always writing poems", "pO>0.6").asked(ABOUT_HIM).given(WITH_TOM),
                en("bookworm, I read everything", "O>0.6").asked(ABOUT_YOU),
                en("I love to explore new places and new food", "O>0.6").asked(ABOUT_YOU),
                en("she's well-travelled and into philosophy", "pO>0.6").asked(ABOUT_HER).given(WITH_NINA),
                en("I'm not a reader", "O<0.5").asked(ABOUT_YOU),
                en("same pub every friday, I order the same thing", "O<0.5").asked(ABOUT_YOU),
                en("I do not care much for change", "O<0.5").asked(ABOUT_YOU));
    }

    static Stream<ExtractionCase> neuroticism() {
        return Stream.of(
                en("I get jealous easily", "N>0.6").asked(ABOUT_YOU),
                en("I panic about everything lol", "N>0.6").asked(ABOUT_YOU),
                en("she's fiery, short fuse", "pN>0.6", "N=-").asked(ABOUT_HER).given(WITH_NINA),
                en("she takes everything so seriously and sweats every little thing", "pN>0.6").asked(ABOUT_HER).given(WITH_NINA),
                en("he doesn't sweat the small stuff", "pN<0.5").asked(ABOUT_HIM).given(WITH_TOM),
                en("I don't take life too seriously", "N<0.5").asked(ABOUT_YOU),
                en("it's hard to make me angry", "N<0.5").asked(ABOUT_YOU),
                en("nothing bothers me, I roll with the punches", "N<0.5").asked(ABOUT_YOU),
                en("not the jealous type at all", "N<0.5").asked(ABOUT_YOU));
    }

    /** More everyday turns of the same facets, and words of other things that must stay none. */
    static Stream<ExtractionCase> moreTurns() {
        return Stream.of(
                en("she's always got my back, always there for her friends", "pA>0.6").asked(ABOUT_HER).given(WITH_NINA),
                en("I hold grudges, not gonna lie", "A<0.5", "N>0.6").asked(ABOUT_YOU),
                en("he never holds a grudge", "pA>0.6").asked(ABOUT_HIM).given(WITH_TOM),
                en("I speak my mind, no filter", "A<0.5").asked(ABOUT_YOU),
                en("I only have a few close friends, small circle", "E<0.5").asked(ABOUT_YOU),
                en("he plays the guitar and has been to 30 countries", "pO>0.6").asked(ABOUT_HIM).given(WITH_TOM),
                en("I make lists and stick to a budget", "C>0.6").asked(ABOUT_YOU),
                en("late for everything, total impulse buyer", "C<0.5").asked(ABOUT_YOU),
                en("she overthinks and needs a lot of reassurance", "pN>0.6").asked(ABOUT_HER).given(WITH_NINA),
                en("he's grounded, shrugs things off", "pN<0.5").asked(ABOUT_HIM).given(WITH_TOM),
                en("if im honest im bit lazy", "C<0.5", "A=-").asked(ABOUT_YOU),
                en("I went to the pub with a few friends last night", "traits=-").asked(ABOUT_YOU),
                // sure of oneself: calm, and assertive on the side
                en("she's confident, walks into any room like she owns it", "pE>0.6", "pN<0.5").asked(ABOUT_HER).given(WITH_NINA),
                en("I'm quiet but confident", "E<0.5", "N<0.5").asked(ABOUT_YOU));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({ "extraversion", "conscientiousness", "agreeableness", "openness", "neuroticism", "moreTurns" })
    void everydayWordsOfEachFacetScoreTheirTrait(ExtractionCase c) {
        c.check();
    }
}

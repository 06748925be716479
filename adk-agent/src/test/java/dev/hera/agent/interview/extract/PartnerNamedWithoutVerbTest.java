package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;

/**
 * The partner's name after "her name" or "his name" without the verb ("Her name Mei.") or with an adverb
 * before it ("his name is actually Moose"). Issue 19, round 10.
 */
class PartnerNamedWithoutVerbTest {

    private static final String IDEAL_EN = "So you're single; someone may well be waiting for you. What is your ideal partner like? "
            + "Please share their name (any name you'd love to call them), their personality and how they look (hair, eyes, face, height).";

    static Stream<ExtractionCase> named() {
        return Stream.of(
                en("Have girlfriend 4 years already. Her name Mei. She very calm one.", "p.name=Mei"),
                en("yes i have a boyfriend and his name is actually Moose lol, long story", "p.name=Moose"),
                en("She must be gentle. Her name Autumn, because I like autumn.", "p.name=Autumn")
                        .given(profile().status(RelationshipStatus.SINGLE).build()).asked(IDEAL_EN),
                en("his name really Tariq, not a nickname", "p.name=Tariq").given(profile().status(RelationshipStatus.PARTNERED).build()));
    }

    static Stream<ExtractionCase> noName() {
        return Stream.of(
                en("My boyfriend is great. His name comes from his grandad.", "p.name=-"),
                en("Twins! Her name Lily and his name Sam.", "p.name=-").asked("How many children would you love to have? "
                        + "Boys, girls, and the names you'd give them?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("named")
    void theNameAfterHerNameIsThePartners(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noName")
    void notWhereNoNameFollowsOrItIsAChild(ExtractionCase c) {
        c.check();
    }
}

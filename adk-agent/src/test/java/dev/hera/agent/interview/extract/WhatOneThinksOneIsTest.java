package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

/**
 * Issue 19, round 11: 「…方だと思います」 is what the speaker thinks they are, as 「…って言われる」 is what they are told they
 * are: said without anyone named, it is the user's own character, even right after Hera asked about the ideal partner.
 */
class WhatOneThinksOneIsTest {

    private static final UserProfile SINGLE = profile().status(RelationshipStatus.SINGLE).build();
    private static final String IDEAL = "あなたの理想のお相手は、どんな方でしょう？お名前、性格、外見を教えていただけますか？";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("性格は、穏やかで人の話をよく聞く方だと思います。", "A>0.6", "pA=-").given(SINGLE).asked(IDEAL),
                ja("のんびりしたほうやと思う", "N<0.4", "partner=-").given(SINGLE).asked(IDEAL),
                ja("まあ几帳面な方だと思いますね", "C>0.6", "partner=-").given(SINGLE).asked(IDEAL),
                // someone else named is the one thought of
                ja("彼は穏やかな方だと思います", "traits=-", "pA>0.6")
                        .given(profile().status(RelationshipStatus.MARRIED).currentPartner("けんじ").build()).asked("けんじさんはどんな方ですか？"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void whatOneThinksOneIsIsOnesOwn(ExtractionCase c) {
        c.check();
    }
}

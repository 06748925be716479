package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A spouse named while the marriage is told as over (dead: "passed three years ago", "God rest him", "lost her"; or parted:
 * "we called it quits") is no partner now; "I was married twenty years to my Frank" is a marriage of the past. A marriage
 * now ("now married to Daniel"), or a spouse who passed a test, still names the partner; and so does a partner of now
 * said after the marriage that ended ("Divorced. But I live with my girlfriend Lisa now").
 */
class MarriageOverNamesNoPartnerTest {

    private static final String STATUS = "Are you married or with someone?";

    static Stream<ExtractionCase> over() {
        return Stream.of(
                en("I'm a widow. My husband Aidan passed three years ago.", "p.name=-").asked(STATUS),
                en("I was married twenty years to my Frank, God rest him. So single now.", "p.name=-").asked(STATUS),
                en("My wife Helen passed in 2018, so it's just me.", "p.name=-").asked(STATUS),
                en("I was married to Gloria for thirty years. She died last spring.", "p.name=-").asked(STATUS),
                en("Me and my husband Roy called it quits last year.", "p.name=-").asked(STATUS),
                en("I lost my wife, Sandra, two years back.", "p.name=-").asked(STATUS),
                // a marriage now, or a spouse who passed something else
                en("I was married before, but now I'm married to Daniel.", "p.name=Daniel").asked(STATUS),
                en("Married! My husband Tom passed his driving test last week, finally.", "p.name=Tom").asked(STATUS));
    }

    /** Issue 19, round 15: set 13's "Divorced. But I live with my girlfriend Lisa now" lost Lisa to the divorce. */
    static Stream<ExtractionCase> partnerAfterTheMarriage() {
        return Stream.of(
                en("Divorced. But I live with my girlfriend Lisa now, 3 years", "p.name=Lisa", "status=partnered").asked(STATUS),
                en("Divorced a while back. My boyfriend Marco and I moved in together last year.", "p.name=Marco").asked(STATUS),
                en("Widowed in 2015, but my partner Elaine has been with me six years now", "p.name=Elaine").asked(STATUS),
                en("separated from my ex. my girlfriend Tash is the best thing that happened to me", "p.name=Tash").asked(STATUS),
                en("I'm divorced. My fiancé, Omar, proposed at Christmas!", "p.name=Omar").asked(STATUS),
                // the spouse of the marriage that ended is still no partner
                en("Separated. My husband Jürgen lives with his new girlfriend now.", "p.name=-").asked(STATUS),
                en("Divorced. My ex-wife Carla has the kids on weekends.", "p.name=-").asked(STATUS),
                en("Widowed. My wife Mary was everything to me.", "p.name=-").asked(STATUS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnerAfterTheMarriage")
    void aPartnerAfterTheMarriageIsThePartner(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("over")
    void aSpouseOfAMarriageOverIsNoPartner(ExtractionCase c) {
        c.check();
    }
}

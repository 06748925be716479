package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a friend, a colleague or a sister has or does is not the user's: 「友達のゆうこは結婚してる」
 * had made the user married, "a guy named Tom who earns 200k" the user's income (found by trying
 * the running system). The user's own facts said beside them are still taken.
 */
class OtherPeopleTest {

    static Stream<ExtractionCase> othersFactsAreNotTheUsers() {
        return Stream.of(
                ja("友達のゆうこは結婚してる", "status=-"),
                ja("同僚の田中さんは年収800万らしい", "income=-"),
                ja("姉のまゆは大阪に住んでる", "location=-"),
                en("I work with a guy named Tom who earns 200k", "income=-"),
                en("I have a friend who's married and lives in Denver", "status=-", "location=-"),
                en("There's someone at work who makes 150k a year", "income=-"),
                en("My sister Emma lives in London and she's 35.", "location=-", "age=-", "p.age=-"),
                en("My brother just moved to Chicago", "location=-"),
                en("my best friend Dana earns like 200k", "income=-"));
    }

    static Stream<ExtractionCase> theUsersOwnBesideThemAreKept() {
        return Stream.of(
                ja("友達のゆうこは結婚してるけど、私は独身です", "status=single"),
                // where things stand with the partner is no temperament
                ja("夫とは別居中です", "status=other", "p.temperament=-"),
                en("My husband and I are separated", "p.temperament=-"),
                ja("姉のまゆは大阪、私は京都に住んでます", "location~京都"),
                en("A friend who lives in Denver got married; I'm single and I live in Austin", "status=single", "location=Austin"),
                en("I work with a guy who earns 200k, I make about 60k", "income~60,000"),
                // "someone who", "a woman who" describe the partner wished for, or the user
                en("As a woman who's run a school for five years, I'd say I'm decisive", "gender=女性"),
                en("A woman who's got her own thing going on, independent, confident, with a good heart",
                        "p.temperament~independent").asked("And your ideal partner?"),
                en("someone who can take the piss and give it back haha. down to earth", "p.temperament~down to earth")
                        .asked("Tell me about your ideal partner — a name, personality and looks."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("othersFactsAreNotTheUsers")
    void othersFactsAreNotTheUsers(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("theUsersOwnBesideThemAreKept")
    void theUsersOwnBesideThemAreKept(ExtractionCase c) {
        c.check();
    }
}

package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;

/**
 * An emoji's code point lies above the kana, yet it makes no English sentence Japanese: after Hera asked
 * for the children's names, an English sentence with an emoji was read as a Japanese list of names, and
 * every word of it ("Colleague", "Keeps", "Me") became a child.
 */
class EmojiIsNoJapaneseTest {

    /** Hera's reply asking the status and the children at once. */
    private static final String STATUS_AND_CHILDREN = "I can tell you're curious and sensitive, and I love that about you. My dear, "
            + "stay with me a little longer. May I ask about your relationship status? Single, with a partner, married — every "
            + "answer is welcome here. How many children would you love to have? Boys, girls, and the names you'd give them? "
            + "Whatever comes to mind is perfect.";
    private static final String CHILDREN = "I've noted your income of 40,000 with care. Soon you'll meet your future family. "
            + "Tell me about the children you dream of — how many, boys or girls, and their names. Take all the time you need.";

    static Stream<ExtractionCase> englishWithEmoji() {
        return Stream.of(
                en("Single. My sister keeps sending me photos of her new puppy 😩", "status=single", "kids=-")
                        .asked(STATUS_AND_CHILDREN),
                en("still single lol 🙃 my mum asks every sunday", "status=single", "kids=-").asked(STATUS_AND_CHILDREN),
                en("Haven't thought that far, to be honest 😅", "kids=-").given(profile().status(RelationshipStatus.SINGLE).build())
                        .asked(CHILDREN),
                // the names said beside an emoji are still read
                en("Two! A girl and a boy, Poppy and Jude 🥰", "kids=女:Poppy,男:Jude").asked(CHILDREN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("englishWithEmoji")
    void anEnglishSentenceWithAnEmojiIsNoListOfJapaneseNames(ExtractionCase c) {
        c.check();
    }
}

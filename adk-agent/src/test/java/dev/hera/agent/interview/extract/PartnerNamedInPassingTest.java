package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A partner or a crush named in passing, after "a" and a comma rather than "my": "I've a girlfriend, Maeve", "there's a
 * lad at my gym, Callum, I can't stop thinking about him", typed in lower case too ("theres a guy at uni, ravi"). Someone
 * named so without a crush or a partner spoken of (a colleague who earns more, a sister) is nobody's partner.
 */
class PartnerNamedInPassingTest {

    private static final String STATUS = "Are you seeing anyone at the moment?";
    private static final String IMAGINED = "If you imagined someone new, what would they be like? Does a name come to mind?";

    static Stream<ExtractionCase> namedInPassing() {
        return Stream.of(
                en("Yes, I've a girlfriend, Maeve. Three years now.", "p.name=Maeve").asked(STATUS),
                en("yep got a husband - Tomás, he's a chef", "p.name=Tomás").asked(STATUS),
                en("I have a partner: Jules.", "p.name=Jules").asked(STATUS),
                en("single really, but there's a lad at my gym, Callum, and I can't stop thinking about him", "p.name=Callum").asked(STATUS),
                en("not really. theres a guy at uni, ravi, been crushing on him all term", "p.name=Ravi").asked(STATUS),
                en("Well, there's a lady in my book club, Agnes, I'll admit I'm sweet on her.", "p.name=Agnes").asked(STATUS),
                en("There is a man from my church choir, Desmond. Gentle soul.", "p.name=Desmond").asked(IMAGINED),
                // no crush and no partner spoken of: someone the person knows
                en("There's a girl at work, Hannah, who earns twice what I do.", "p.name=-").asked("What do you do for a living?"),
                en("I have a sister, Julia, in Leeds.", "p.name=-").asked("Where do you live?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedInPassing")
    void thePartnerOrCrushNamedInPassing(ExtractionCase c) {
        c.check();
    }
}

package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A child's gender said by its place without an article ("First boy, second girl", "second is boy maybe"), one more of a
 * gender beside those said ("and then another girl", "one more boy"), or a word of endearment ("a little fella", "a wee
 * lassie"). A girl or a boy the person knows or fancies ("theres a girl at work", "met a boy I like") is no child.
 */
class ChildrenGenderByPlaceOrWordTest {

    private static final String CHILDREN = "And children, how many would you like?";

    static Stream<ExtractionCase> genders() {
        return Stream.of(
                en("Two. First boy, second girl.", "kids=男:?,女:?").asked(CHILDREN),
                en("We want 2. First is girl, second is boy maybe.", "kids=女:?,男:?").asked(CHILDREN),
                en("Eldest a girl, youngest a boy.", "kids=女:?,男:?").asked(CHILDREN),
                en("A boy, a girl, and then another girl.", "kids=男:?,女:?,女:?").asked(CHILDREN),
                en("two boys and one more boy if we're lucky", "kids=男:?,男:?,男:?").asked(CHILDREN),
                en("Just the one. A little fella.", "kids=男:?").asked(CHILDREN),
                en("A wee lassie would be lovely.", "kids=女:?").asked(CHILDREN),
                // a girl or a boy the person knows
                en("nah single. theres a girl at work i fancy though", "kids=-").asked("Are you seeing anyone?"),
                en("I met a boy I like at a wedding last month.", "kids=-").asked("Are you seeing anyone?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("genders")
    void theGender(ExtractionCase c) {
        c.check();
    }
}

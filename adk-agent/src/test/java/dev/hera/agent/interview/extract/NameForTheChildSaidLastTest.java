package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "One more, a baby girl. My husband wants to call her Poppy": the name given after a child was spoken of is that child's,
 * even said of the partner's wish; it never names the partner.
 */
class NameForTheChildSaidLastTest {

    private static final String CHILDREN = "And children, how many would you like?";

    static Stream<ExtractionCase> childSaidLast() {
        return Stream.of(
                en("One more, a baby girl. My husband wants to call her Poppy.", "kids=女:Poppy", "p.name=-").asked(CHILDREN),
                en("Just one little boy. I'd name him Arthur after my grandad.", "kids=男:Arthur", "p.name=-").asked(CHILDREN),
                en("A daughter would be lovely. My partner would call her Iris.", "kids=女:Iris", "p.name=-").asked(CHILDREN),
                en("a son. my wife wants to name him Kai", "kids=男:Kai", "p.name=-").asked(CHILDREN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("childSaidLast")
    void theNameIsTheChilds(ExtractionCase c) {
        c.check();
    }
}

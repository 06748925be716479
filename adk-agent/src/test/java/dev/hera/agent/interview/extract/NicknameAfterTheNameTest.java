package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What to call the person, said after the name they gave in the same message (「名前は美咲です。みーって呼んでね」,
 * 「私の名前は拓海。たっくんと呼んでください」), is a nickname: the name stays. Said alone it is still the name the person
 * goes by. Issue 19, round 11: set 8 stored ひな for 陽菜.
 */
class NicknameAfterTheNameTest {

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("名前は美咲です。みーって呼んでね", "name=美咲"),
                ja("私の名前は拓海。たっくんと呼んでください", "name=拓海"),
                ja("名前は優奈です、ゆなって呼んでください！", "name=優奈"),
                // said alone, the name to call the person by is the name
                ja("ゆなって呼んでください", "name=ゆな"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theNicknameAfterTheName(ExtractionCase c) {
        c.check();
    }
}

package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.ja;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;

/**
 * 「妻は…。私が帰る前にご飯ができてる。几帳面だし、…」: the speaker as the subject inside a clause (「私が」, 「わしが」) is no
 * topic the next sentence goes on with; what follows still describes the partner. Issue 19, round 10.
 */
class SpeakerInsideAClauseTest {

    private static final String PARTNER_ASKED = "ご結婚されているとのこと、家庭を守る神として嬉しく思います。もう少しだけ、お話を聞かせてくださいね。"
            + "差し支えなければ、おおよその年収も伺えますか？パートナーの美和さんは、どんな方でしょう？性格と外見（髪型や目元、背の高さなど）を"
            + "教えていただけますか？";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                ja("美和はしっかり者でね、俺が頼む前に全部済ませてる。几帳面だし、整理整頓が好き。", "C=-", "p.temperament~几帳面")
                        .given(profile().status(RelationshipStatus.MARRIED).currentPartner("美和").build()).asked(PARTNER_ASKED),
                ja("妻は明るい人で、私が落ち込んでると笑わせてくれる。社交的で、友達も多い。", "E=-", "p.temperament~社交的")
                        .given(profile().status(RelationshipStatus.MARRIED).currentPartner("美和").build()).asked(PARTNER_ASKED),
                // the speaker made the topic (「私は」) is carried on
                ja("美和は穏やか。私は短気で、すぐ怒る。あと大雑把。", "C<0.4")
                        .given(profile().status(RelationshipStatus.MARRIED).currentPartner("美和").build()).asked(PARTNER_ASKED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSpeakerInsideAClauseTakesNoTopic(ExtractionCase c) {
        c.check();
    }
}

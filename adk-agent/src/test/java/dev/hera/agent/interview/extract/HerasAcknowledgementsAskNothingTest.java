package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;

/**
 * Hera's reply opens by taking in what she heard ("So you're single; …", "“Kind, patient” — …"), goes on ("Just a few
 * more things, if you will.") and then asks. Only the question asks: read before a question for the income, every
 * variant of every acknowledgement, transition and closing leaves the income the only topic asked. An acknowledgement
 * that read as asking the status or the person's own character ("let's imagine who might be waiting for you", "what a
 * lovely way to describe Daniel") made the answer to the partner question that followed ("Kind and patient.") the
 * person's own traits.
 */
class HerasAcknowledgementsAskNothingTest {

    /** Hera's sentences around her question: what she heard, the way on, the closing words. */
    private static final List<String> AROUND_THE_QUESTION = List.of("Acknowledgements", "Transitions", "Closings");

    static Stream<String> aroundTheQuestion() throws ReflectiveOperationException {
        List<String> all = new ArrayList<>();
        for (String phrases : AROUND_THE_QUESTION) {
            all.addAll(variants(Class.forName("dev.hera.agent.interview.reply." + phrases)));
        }
        return all.stream();
    }

    private static List<String> variants(Class<?> phrasesOf) throws ReflectiveOperationException {
        List<String> all = new ArrayList<>();
        for (Field field : phrasesOf.getDeclaredFields()) {
            if (!field.getType().getSimpleName().equals("Phrases")) {
                continue;
            }
            field.setAccessible(true);
            Object phrases = field.get(null);
            for (String language : List.of("ja", "en")) {
                Method variants = phrases.getClass().getDeclaredMethod(language);
                variants.setAccessible(true);
                for (Object variant : (List<?>) variants.invoke(phrases)) {
                    // every slot filled with a name: the words around it are Hera's
                    all.add(((String) variant).replaceAll("\\{\\^?[a-z]+\\}", "Sam"));
                }
            }
        }
        return all;
    }

    @ParameterizedTest
    @MethodSource("aroundTheQuestion")
    void onlyTheQuestionAsks(String sentence) {
        String question = sentence + (sentence.chars().anyMatch(c -> c > 0x3000)
                ? "年収を教えていただけますか？" : " Could you tell me your rough annual income?");
        LastQuestion read = LastQuestion.of(question);
        List<LastQuestion.Topic> asked = Arrays.stream(LastQuestion.Topic.values()).filter(read::asked).toList();
        assertEquals(List.of(LastQuestion.Topic.INCOME), asked, question);
    }

    static Stream<ExtractionCase> answers() {
        // Hera's reply to a single person's first message, as she says it
        String afterSingle = "So you're single; someone may well be waiting for you. Just a few more things, if you will. Next, I'd "
                + "love to hear about your ideal partner — their name (any name you'd love to call them), their personality and how they "
                + "look (hair, eyes, face, height). Let's imagine your children, too: how many, whether boys or girls, and what you'd "
                + "name them.";
        var single = ExtractionCase.Given.profile().status(RelationshipStatus.SINGLE).build();
        return Stream.of(
                en("Kind and patient.", "p.temperament~Kind", "A=-").given(single).asked(afterSingle),
                en("Kind, patient, makes me laugh. Let's call him Daniel", "p.temperament~patient", "p.name=Daniel", "A=-")
                        .given(single).asked(afterSingle),
                en("honest, loyal, a bit goofy", "p.temperament~loyal", "A=-").given(single).asked(afterSingle));
    }

    @ParameterizedTest
    @MethodSource("answers")
    void theAnswerAfterTheAcknowledgementIsThePartners(ExtractionCase c) {
        c.check();
    }
}

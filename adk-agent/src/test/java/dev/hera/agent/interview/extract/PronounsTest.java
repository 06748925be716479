package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.EXTRACTOR;
import static dev.hera.agent.interview.extract.ExtractionCase.en;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.Gender;
import dev.hera.model.Language;
import dev.hera.model.UserProfile;

/**
 * Pronouns given with an introduction ("she/her", "(they/them)") say the person's gender and
 * nothing else: the rest is read as if they were not there. Found by trying the running system:
 * "Hi! I'm Priya, 34, she/her, living in Toronto." gave an ideal partner whose temperament was
 * "/her", and lost Toronto.
 */
class PronounsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Hi! I'm Priya, 34, she/her, living in Toronto. | Hi! I'm Priya, 34, living in Toronto. | FEMALE",
            "Hey, Sam here (he/him), 41, from Denver | Hey, Sam here, 41, from Denver | MALE",
            "I'm Alex, they/them, 27, living in Austin | I'm Alex, 27, living in Austin | OTHER",
            "Jo, she/they. 30. Glasgow. | Jo. 30. Glasgow. | FEMALE",
            "My pronouns are he/him and I live in Cork with my wife | My pronouns are and I live in Cork with my wife | MALE" })
    void pronounsSayTheGenderAndChangeNothingElse(String withPronouns, String without, Gender gender) {
        UserProfile read = EXTRACTOR.extract(withPronouns, Language.EN, UserProfile.empty(), null).fragment();
        UserProfile plain = EXTRACTOR.extract(without, Language.EN, UserProfile.empty(), null).fragment();
        assertEquals(gender, read.gender(), withPronouns);
        assertEquals(withGender(plain, gender), read, withPronouns);
    }

    static Stream<ExtractionCase> twoPeople() {
        return Stream.of(
                en("I'd like a partner who is kind, he/she should love dogs", "gender=-"),
                en("Whoever it is, s/he should be funny", "gender=-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoPeople")
    void heOrSheIsNoPronounSet(ExtractionCase c) {
        c.check();
    }

    private static UserProfile withGender(UserProfile p, Gender gender) {
        return new UserProfile(p.userName(), p.age(), gender, p.relationshipStatus(), p.location(), p.incomeRange(),
                p.userPersonalityTraits(), p.partnerFaceDescription(), p.childrenInfo(), p.currentPartner(), p.idealPartner(),
                p.interests(), p.workStyle(), p.futureCareer(), p.lifestyle(), p.createdAt());
    }
}

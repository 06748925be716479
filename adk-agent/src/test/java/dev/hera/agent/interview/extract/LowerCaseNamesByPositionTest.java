package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * English typed all in lower case, where the position says a name or a place stands and no capital does: the partner
 * after a marriage ("yes, to priya", "married with svetlana"), a name that is also a word after a sure cue ("call her
 * faith"), a sentence that is a name alone ("bartholomew. kind and tall"), a child's name before the child it is for
 * ("caleb for a boy"), a place after the age or gender of an introduction ("31, male, leicester"). Where the same words
 * stand in no such place, no name or place is stored.
 */
class LowerCaseNamesByPositionTest {

    private static final String INTRO = "Hi, I'm Hera! What should I call you, how old are you, and where do you live?";
    private static final String MARRIED = "Are you married, or with someone?";
    private static final String IDEAL = "What would your ideal partner be like? Give them a name.";
    private static final String CHILDREN = "Do you want children? How many, and any names?";

    static Stream<ExtractionCase> partnerAfterAMarriage() {
        return Stream.of(
                en("yes, to priya, nine years in may", "p.name=Priya").asked(MARRIED),
                en("twenty years this spring to my lorraine", "p.name=Lorraine").asked(MARRIED),
                en("yep, with marco, two years now", "p.name=Marco").asked(MARRIED),
                en("i am married with svetlana since 2016", "p.name=Svetlana").asked(MARRIED),
                en("engaged! to dominic, the wedding is in june", "p.name=Dominic").asked(MARRIED),
                en("11 years to my gwen and counting", "p.name=Gwen").asked(MARRIED),
                en("yes, to joy. she teaches piano", "p.name=Joy").asked(MARRIED),
                en("yes, married to my hubby enzo for 6 years", "p.name=Enzo").asked(MARRIED),
                // a clause opened by "to" or "with" that names nobody
                en("yes, to be honest it's complicated", "p.name=-").asked(MARRIED),
                en("nope, with my parents still haha", "p.name=-").asked(MARRIED),
                en("single, 5 years to go on my mortgage lol", "p.name=-").asked(MARRIED));
    }

    static Stream<ExtractionCase> namesThatAreWords() {
        return Stream.of(
                en("someone gentle and funny. i'd call him bill", "p.name=Bill").asked(IDEAL),
                en("yep, to autumn, nine years now", "p.name=Autumn").asked(MARRIED),
                en("two, a son and a daughter, jack and rose", "kids=男:Jack,女:Rose").asked(CHILDREN),
                en("calm and sunny, let's call her dawn", "p.name=Dawn").asked(IDEAL),
                // the word where no name is said
                en("yes, and my husband is lucky.", "p.name=-").asked(MARRIED),
                en("no one yet, but i have hope", "p.name=-").asked(MARRIED));
    }

    static Stream<ExtractionCase> aNameAlone() {
        return Stream.of(
                en("bartholomew. kind, funny, tall", "p.name=Bartholomew").asked(IDEAL),
                en("single. dream guy... rafael. chill and tall", "p.name=Rafael").asked(IDEAL),
                en("ingrid, i think. calm and clever", "p.name=Ingrid").asked(IDEAL),
                en("priyanka desai.", "name=Priyanka Desai").asked(INTRO).first(),
                en("hello. tomas novak. 44, from prague", "name=Tomas Novak").asked(INTRO).first(),
                en("one son only. wen jie.", "kids~Wen Jie").asked(CHILDREN),
                // a sentence of words that are no name
                en("honestly. kind and tall.", "p.name=-").asked(IDEAL),
                en("not sure. someone kind", "p.name=-").asked(IDEAL));
    }

    static Stream<ExtractionCase> childBeforeWhatItIsFor() {
        return Stream.of(
                en("two. maybe caleb for a boy and ivy for a girl", "kids=男:Caleb,女:Ivy").asked(CHILDREN),
                en("two. arjun for boy and diya for girl", "kids=男:Arjun,女:Diya").asked(CHILDREN),
                en("we like ezra if it's a boy and juniper if it's a girl", "kids~Juniper").asked(CHILDREN),
                en("two kids, a boy and a girl. so noah and layla.", "kids=男:Noah,女:Layla").asked(CHILDREN),
                en("three. ottilie, fergus, and one more we haven't named", "kids~Fergus").asked(CHILDREN),
                en("yeah, two. a girl first, sadie, then a boy", "kids~Sadie").asked(CHILDREN));
    }

    static Stream<ExtractionCase> placeInAnIntroduction() {
        return Stream.of(
                en("maya, 27, f, tucson", "location~Tucson").asked(INTRO).first(),
                en("hi im dev. 31, male, leicester", "location~Leicester").asked(INTRO).first(),
                en("hello! im joy, 33, woman, from davao city", "location~Davao City").asked(INTRO).first(),
                en("rob, 52, bloke, staying in swindon", "location~Swindon").asked(INTRO).first(),
                en("im ana, 29, female, forest hills", "location~Forest Hills").asked(INTRO).first(),
                // what follows the age or gender is no place
                en("im lena, 35, female, single", "location=-").asked(INTRO).first(),
                en("hey im raj, 28, guy, engineer", "location=-").asked(INTRO).first());
    }

    static Stream<ExtractionCase> ownNameBeforeMore() {
        return Stream.of(
                en("hello! i'm margaret — maggie to friends — 61", "name=Margaret").asked(INTRO).first(),
                en("hey! greg olsen here, 48", "name=Greg Olsen").asked(INTRO).first(),
                en("hey tash here (natasha), 31", "name~Tash").asked(INTRO).first(),
                // a state after "i'm" stays one
                en("i'm tired — long day, 40, f", "name=-").asked(INTRO).first());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnerAfterAMarriage")
    void thePartnerAfterAMarriage(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesThatAreWords")
    void aNameThatIsAlsoAWordAfterASureCue(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aNameAlone")
    void aSentenceThatIsANameAlone(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("childBeforeWhatItIsFor")
    void aChildsNameBeforeTheChildItIsFor(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("placeInAnIntroduction")
    void aPlaceAfterTheAgeOrGender(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownNameBeforeMore")
    void theSpeakersNameBeforeADashOrABracket(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "married. hannah.|married. Hannah.",
            "yes, to meera, 15 years|yes, to Meera, 15 years",
            "from quezon city|from Quezon City",
            "37, female, phoenix az|37, female, Phoenix AZ",
            "yes, to be honest|yes, to be honest",
            "two, but names for a boy are so hard|two, but names for a boy are so hard",
            "one for a girl, one for a boy|one for a girl, one for a boy",
            "my wife is happy. my husband is lucky|my wife is happy. my husband is lucky",
            "Hello! Mika desu.|Hello! Mika desu.",
            "Hi im sarah and Leeds is home|Hi i'm sarah and Leeds is home" })
    void restored(String typed, String read) {
        assertEquals(read, CasualTyping.restore(typed));
    }
}

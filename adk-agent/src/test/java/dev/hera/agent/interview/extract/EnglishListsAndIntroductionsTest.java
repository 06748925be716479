package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * English children's lists after children of both genders, slang verdicts where a name could stand,
 * introductions of age and gender without commas, incomes in lakhs (issue 19, round 4), written for this purpose;
 * answers typed like a form ("Location: Austin TX", "Salary is 45000 GBP"), found by trying everyday English.
 */
class EnglishListsAndIntroductionsTest {

    private static final String KIDS = "What about children?";
    private static final String WHERE = "I'd love to know your age, your gender and where you live.";

    static Stream<ExtractionCase> cases() {
        return Stream.of(
                en("One girl and two boys: Maya, Owen and Eli.", "kids=女:Maya,男:Owen,男:Eli").asked(KIDS),
                en("two girls n a boy, Rosa, Bea, and Tom", "kids=女:Rosa,女:Bea,男:Tom").asked(KIDS),
                en("Three. Two boys and one girl — Kofi, Yaw and Esi", "kids=男:Kofi,男:Yaw,女:Esi").asked(KIDS),
                en("Two boys: Ollie and Sam", "kids=男:Ollie,男:Sam").asked(KIDS),
                en("a girl would be mint", "kids=女:?").asked(KIDS),
                en("2 girls would be ace, Lily and Rose", "kids=女:Lily,女:Rose").asked(KIDS),
                en("31 female from leeds", "age=31", "gender=女性").asked("How old are you, and where do you live?"),
                en("Hi! I'm Dev. 38 year old guy in Pune", "age=38", "gender=男性", "name=Dev"),
                en("I'm a nurse, a 29-year-old woman living in Cork", "gender=女性"),
                en("I'm a rock & roll guy at heart", "gender=男性"),
                en("I'm a single dad, 38, in Phoenix.", "age=38"),
                en("Sam here, 41, from Denver", "age=41", "name=Sam"),
                en("I'm a nurse, 35 hours a week on a good week", "age=-"),
                en("I'm a mum of two kids, 16 and 19", "age=-"),
                en("I'm Jordan, 34, in Leeds", "age=34"),
                // answers typed like a form, and a common word opening a sentence, which is no one's name
                en("Location: Austin TX", "location=Austin"),
                en("Home: Denver CO", "location=Denver"),
                en("Salary is 45000 GBP", "income=£45,000"),
                en("Income is about 52k", "income~52,000"),
                en("I'm Marcus, 41, Atlanta", "name=Marcus", "location=Atlanta").asked(WHERE),
                en("I'm in Leeds, 34, female", "location=Leeds").asked(WHERE),
                en("My CTC is 18 LPA", "income=18 LPA"),
                en("I make around 9.5 lakhs a year", "income=9.5 lakhs"));
    }

    private static final String WHO = "Hello, I'm Hera. Who am I talking to?";
    private static final String LIVE = "Where do you live?";

    /**
     * Round 6 of issue 19, written for it: introductions typed as one-word sentences, a settlement
     * described before it is named, cities of India, Britain and the US the gazetteer did not know,
     * a suburb said beside its city, and names that are no places.
     */
    static Stream<ExtractionCase> places() {
        return Stream.of(
                en("Priya. 31. Leeds, Headingley to be exact.", "location~Headingley").asked(WHO),
                en("Sure. Mark. 50. Cardiff.", "name=Mark", "location=Cardiff").asked(WHO),
                en("Alright.", "name=-").asked(WHO),
                en("Tiny hamlet outside Norwich called Little Snoring.", "location~Little Snoring").asked(LIVE),
                en("A small town near Inverness", "location=Inverness").asked(LIVE),
                en("29, female. Staying in Chennai for work these days.", "location=Chennai").asked("Tell me about yourself?"),
                en("I'm Raj from Lucknow.", "name=Raj", "location=Lucknow").asked("Tell me about yourself?"),
                en("I'm Savannah, 24, from Memphis", "name=Savannah", "location=Memphis").asked("What's your name, age and where do you live?"),
                en("Originally from Toronto, but I'm out in Mississauga now", "location~Mississauga").asked(LIVE),
                en("I'm up in Aberdeen these days", "location=Aberdeen").asked(LIVE),
                en("2. A boy, Mateo, and a girl, Lucia", "location=-").asked("How many kids would you like?"));
    }

    /**
     * Round 6 of issue 19, written for it: an age said beside the gender anywhere in an introduction,
     * an age settled on after a round figure, a hyphenated number word, the partner's age said with
     * the name or against the user's, an income band, and children named before what they would be.
     */
    static Stream<ExtractionCase> agesIncomesAndNames() {
        return Stream.of(
                en("hi im nina 31 female boston single make around 60k", "age=31", "gender=女性").asked("Tell me about yourself: name, age, where you live?"),
                en("hiii im zoe 😅 26 f chicago (wicker park specifically)", "age=26", "gender=女性").asked("What's your name?"),
                en("I'm Rhiannon, 45-year-old lass from Swansea", "age=45", "gender=女性").asked("Tell me about yourself?"),
                en("yo, I'm Rob. thirtysomething... 37 if we're being exact. Boston.", "age=37").asked("Name, age, where you at?"),
                en("Hiya, I'm Isla, fifty next month so 49 for now", "age=49").asked("What's your name and how old are you?"),
                en("My name is Ada Brown. I'm seventy-two years of age.", "age=72").asked("May I ask your name?"),
                en("Married to Priyanka. Priyanka's 38.", "p.age=38").asked("Are you married?"),
                en("Yes, I live with Tom who's 41", "p.age=41").asked("Are you seeing anyone?"),
                en("My wife is 3 years elder to me", "p.age=43").asked("Tell me about your wife.")
                        .given(ExtractionCase.Given.profile().age(40).build()),
                en("I'm a teacher, salary's in the mid 50s", "income=mid 50s").asked("What do you do and what do you earn?"),
                // thousands that go without saying in an answer about pay; a title before the name
                en("i make like 85 a year before tax", "income=85,000").asked("What do you earn, roughly?"),
                en("about 60 before tax", "income=60,000").asked("What do you earn, roughly?"),
                en("I run 5 a week", "income=-").asked("What do you earn, roughly?"),
                en("Dr. Sarah Kim, 38.", "name=Sarah Kim", "age=38").asked(WHO),
                en("Hey! It's Mike, 45, I live in a little town near Austin called Buda", "location~Buda").asked(WHO),
                en("Married, yeah, to Jen. She's lovely", "p.name=Jen").asked("Are you married?"),
                en("I'm outgoing but I hate planning, my desk is chaos", "C<0.5", "E>0.5"),
                en("First a girl, name will be Asha, then a boy, Dev", "kids=女:Asha,男:Dev").asked(KIDS),
                en("Ruby if it's a girl and Otis if it's a boy", "kids=女:Ruby,男:Otis").asked(KIDS),
                // the partner's say about children is neither their character nor the owner of the names
                en("Two. Liam says three. names Nora and Jack", "kids~Nora", "kids~Jack", "p.temperament=-").asked(KIDS)
                        .given(ExtractionCase.Given.profile().currentPartner("Liam").build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agesIncomesAndNames")
    void agesIncomesAndNamesSaidInPassing(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void placesSaidInPassing(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void listsAndIntroductions(ExtractionCase c) {
        c.check();
    }
}

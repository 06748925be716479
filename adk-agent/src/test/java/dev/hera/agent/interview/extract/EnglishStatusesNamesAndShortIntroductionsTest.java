package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;

/**
 * Issue 19, round 7, written for it (not copied from the fifth tuning set): a status said beside how
 * long a couple has been together or what happened to it, partners named the way people text
 * ("my bf Leo", "a name? Rowan, I think."), full names, greetings and word-shaped names in
 * introductions, and introductions typed as one-word sentences; an income said beside a cost in another clause.
 */
class EnglishStatusesNamesAndShortIntroductionsTest {

    private static final String STATUS = "Are you married, or seeing someone?";
    private static final String IDEAL = "Tell me about your ideal partner: a name, their character, their looks.";
    private static final String NAME = "Hi, I'm Hera! What's your name?";

    static Stream<ExtractionCase> statuses() {
        return Stream.of(
                // a duration or an event beside a statement: the statement says the status
                en("Yep, married. We've been together eleven years now.", "status=married").asked(STATUS),
                en("I'm married, we have been together since college", "status=married"),
                en("Separated. We broke up in the spring, the house is still in both names.", "status=other").asked(STATUS),
                en("We split up two years ago.", "status=single"),
                en("We've been together six years.", "status=partnered").asked("Tell me about your relationship."),
                en("Yes, we've been together twenty years", "status=married").asked("Are you married?"),
                // "partnered" said outright, after a no to being married
                en("No, but partnered for nine years. Tobias.", "status=partnered", "p.name=Tobias").asked("Are you married, Ana?"),
                en("I'm not partnered right now.", "status=single"),
                en("Not married, just partnered.", "status=partnered"),
                // a yes to a question about having someone
                en("Yes, girlfriend for two years now.", "status=partnered").asked("Do you have a partner?"),
                en("Yep, for a while now.", "status=partnered").asked("Are you with someone at the moment?"),
                en("No.", "status=single").asked("Do you have a boyfriend?"),
                en("Yes, two.", "status=-").asked("Do you have any pets?"),
                // "my wife" tells the status, also in a sentence about the future; a wife wished for does not
                en("Abu Dhabi for now. My wife and our boys will join me here one day.", "status=married"),
                en("I want my wife to be funny, that's all.", "status=-"),
                // how long one has been married to someone named
                en("Twenty-five years to Maureen this autumn.", "status=married", "p.name=Maureen").asked("Married?"),
                en("Nineteen years this May to my Colleen, bless her.", "status=married", "p.name=Colleen").asked(STATUS),
                en("Two years to go until I retire.", "status=-", "p.name=-"),
                en("It took me ten years to finish the house.", "status=-"),
                // a widow or widower says the gender too
                en("I am a widower, these six years.", "gender=男性"),
                en("I'm a widow and I live alone now.", "gender=女性"));
    }

    static Stream<ExtractionCase> partnerNames() {
        return Stream.of(
                en("omg yes my bf Leo 😍 almost 3 years", "p.name=Leo", "name=-").asked(STATUS),
                en("me and my gf Talia live together", "p.name=Talia", "name=-"),
                en("My hubby Greg, he's a chef.", "p.name=Greg", "name=-"),
                en("Engaged! To Oscar, since March.", "status=partnered", "p.name=Oscar", "name=-").asked(STATUS),
                en("Yes, I am married with Paolo since ten years.", "status=married", "p.name=Paolo"),
                en("Her name is Mary Beth and she's a nurse.", "p.name=Mary Beth").asked("Tell me about your wife."),
                en("His name is Tom but everyone calls him Tommo.", "p.name=Tom").asked("Tell me about your husband."),
                en("Rowan, I think. Gentle and funny, with a beard.", "p.name=Rowan", "name=-").asked(IDEAL),
                en("Priya, maybe. Warm and clever.", "p.name=Priya", "name=-").asked(IDEAL),
                en("Name is Ji-ho. Quiet and kind.", "p.name=Ji-ho", "name=-").asked(IDEAL),
                en("Yes. Anne-Marie.", "p.name=Anne-Marie").asked("Are you married?"),
                // not names: a hedge alone, a pet, a friend's name after "my"
                en("No idea, I think.", "p.name=-").asked(IDEAL),
                en("my dog Biscuit is my only man lol", "p.name=-"),
                en("Maybe, I guess.", "p.name=-").asked(IDEAL),
                // a shrug before the name; a late spouse is no partner, the one imagined is the ideal
                en("nope. my dream girl? kind and silly. her name? hmm... Ada", "p.name=Ada", "partner=ideal").asked(STATUS),
                en("her name? idk", "p.name=-").asked(IDEAL),
                en("My late wife was Joan. If I found someone new I'd want her cheerful. Call her Ruth.", "status=single",
                        "partner=ideal", "p.name=Ruth", "p.temperament~cheerful").asked(STATUS),
                en("My late husband Frank was a gentle soul.", "status=single", "p.name=-"),
                en("Me and Jonah have been on and off since uni.", "p.name=Jonah"),
                // a crush described, then named
                en("Honestly my ideal is this guy from the gym, Marco. Funny and calm.", "p.name=Marco", "p.temperament~Funny").asked(IDEAL),
                en("A girl at work, Tanya, earns way more than me.", "p.name=-"));
    }

    static Stream<ExtractionCase> introductions() {
        return Stream.of(
                en("I'm Priya Raman, 29, living in Leeds.", "name=Priya Raman", "age=29").asked(NAME),
                en("Hi! I'm Tomasz Nowak, 41, from Gdansk.", "name=Tomasz Nowak"),
                en("I am Mrs. Adaeze Okafor and I am 50.", "name=Adaeze Okafor"),
                en("I'm Jordan. Boston.", "name=Jordan"),
                en("My name is Blessing and I'm 31.", "name=Blessing"),
                en("My name is Sterling.", "name=Sterling"),
                en("my name is nothing special", "name=-"),
                en("sup", "name=-").asked(NAME),
                en("wassup", "name=-").asked(NAME),
                en("Howdy!", "name=-").asked(NAME),
                en("Marta. 33.", "name=Marta", "age=33").asked("Hi there! Who am I chatting with?"),
                en("Marta, 33, from Porto.", "name=Marta", "age=33").asked("Hello, I'm Hera. Who am I speaking with?"),
                // one-word sentences: a list
                en("Name's Bruce. 61. Male. Hobart, Tasmania.", "age=61", "gender=男性").asked(NAME),
                en("Lena. 24. Female. Graz, near Vienna.", "age=24", "gender=女性").asked(NAME),
                en("I have 29 years and I am man.", "age=29"),
                en("I have 12 years of experience as a nurse.", "age=-"),
                en("24f, in Leeds", "age=24", "gender=女性").asked(NAME),
                en("38m, Cork.", "age=38", "gender=男性").asked("How old are you, and where do you live?"),
                en("Ten. Two. Three.", "age=-", "gender=-").asked(NAME),
                // a one-letter gender answering the question for it; a place with the "I'm" left out
                en("M", "gender=男性").asked("And your gender?"),
                en("f.", "gender=女性").asked("Could you tell me your gender?"),
                en("M", "gender=-").asked("What's your middle initial?"),
                en("Down in Cork these days.", "location=Cork").asked("Where do you live?"),
                en("Hi! Priya, 31, female. Out in Perth.", "location=Perth"),
                en("Up early every day for work.", "location=-"));
    }

    static Stream<ExtractionCase> incomes() {
        return Stream.of(
                // a cost in another clause of the sentence is no reason to doubt the figure
                en("I'm on about £52k as a surveyor, though my rent eats half of it.", "income=£52,000"),
                en("Around $64k, my car loan is the killer.", "income=$64,000").asked("Roughly what do you earn?"),
                en("My rent is $1,800 a month.", "income=-"),
                en("I pay £900 in rent, ugh.", "income=-"));
    }

    private static final String KIDS = "Kids?";

    /** Children: a name said as a sentence of its own after the count, lads as boys, children one has already. */
    static Stream<ExtractionCase> children() {
        return Stream.of(
                en("Just one. Hazel.", "kids=?:Hazel").asked(KIDS),
                en("two, maybe three... no, two. Iris and Bea.", "kids#=2").asked(KIDS),
                en("Sure.", "kids#=0").asked(KIDS),
                en("Three lads. Rory, Cian and Finn.", "kids=男:Rory,男:Cian,男:Finn").asked("And would you like children?"),
                en("Two lasses. Isla and Mairi.", "kids=女:Isla,女:Mairi").asked(KIDS),
                en("I've got a son and a daughter from my first marriage, Jack and Ella. Every other weekend.", "kids#=0"),
                en("I have two boys already with my ex, Sam and Joe, so maybe one more.", "kids#=0"),
                en("We have got two kids planned: a boy and a girl.", "kids#=2"),
                // a gender said of one more child than the ones named
                en("Three. Oisin, Maeve, and a third we haven't named, a boy I think.", "kids=?:Oisin,?:Maeve,男:?").asked(KIDS),
                en("Ava and Leo, and one more later, maybe a girl.", "kids=?:Ava,?:Leo,女:?").asked(KIDS),
                en("Mila and Jonas - a girl and a boy.", "kids=女:Mila,男:Jonas").asked(KIDS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("children")
    void childrenAreTheOnesWishedFor(ExtractionCase c) {
        c.check();
    }

    private static final String HIM = "Tell me about your husband.";

    /** Character said in idioms: the good-hearted, the peacemakers, the careful with money; and whose it is. */
    static Stream<ExtractionCase> idioms() {
        return Stream.of(
                en("Honestly he's a saint, he sees the good in everybody.", "pA>0.6", "A=-").asked(HIM),
                en("He puts up with me, bless him.", "pA>0.6", "A=-").asked(HIM),
                en("I hate confrontation, I'd rather keep the peace.", "A>0.6"),
                en("He pays every bill the day it arrives and keeps all the receipts.", "pC>0.6", "C=-").asked(HIM),
                en("I'm good with money, always have been.", "C>0.6"),
                en("I live near Saint Paul.", "A=-", "partner=-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idioms")
    void characterSaidInIdioms(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incomes")
    void anIncomeBesideACostIsStillTheIncome(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void theStatusIsWhatIsSaidNotWhatHappened(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnerNames")
    void partnersAreNamedAsPeopleText(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("introductions")
    void introductionsKeepFullNamesAndShortLists(ExtractionCase c) {
        c.check();
    }
}

package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;

/**
 * Issue 19, round 8, written for it (not copied from the seventh tuning set): the partner imagined in Hera's
 * other words ("a new companion", "your dream guy", "Mr Right"), names said as a sentence of their own or
 * taken back ("Not Yui. Haruka."), names with accents (Seán, Lucía), children's names in the sentence after
 * their genders, a nickname others use beside the name, "a woman of sixty", and an outlook, a work ethic or a
 * liking for order said in everyday words.
 */
class EnglishImaginedPartnersAndNamesAloneTest {

    static Stream<ExtractionCase> imaginedPartners() {
        return Stream.of(
                // what is told in answer to these questions is the imagined partner's, not the user's
                en("Patient, a bit goofy, loves dogs. Broad shoulders and a beard.", "partner=ideal", "p.temperament~goofy", "traits=-")
                        .asked("If you pictured a new companion, what would he be like?"),
                en("Someone kind and calm. Short dark hair.", "partner=ideal", "traits=-").asked("Tell me about your dream guy!"),
                en("Honest, hard-working, never sulks.", "partner=ideal", "traits=-").asked("Describe your Mr Right."),
                en("I'd name him Felix, after my grandad. Warm and thoughtful.", "p.name=Felix", "traits=-")
                        .asked("Imagine a new man in your life: who would he be?"),
                // a name alone as a sentence, wherever it comes in the answer
                en("Rosalind. Witty, a reader. Red hair, freckles.", "p.name=Rosalind").asked("Describe your ideal partner."),
                en("A gentleman. Dry humour, good with people. Arthur, let's say. Tall and bald.", "p.name=Arthur")
                        .asked("If you imagined a new companion?"),
                en("Dream girl... Imogen. Loud laugh, always up for a hike.", "p.name=Imogen").asked("Who's your dream partner?"),
                en("Maybe Oskar? No, my ex's brother is called that. Henrik. Calm and funny.", "p.name=Henrik")
                        .asked("If you imagine a new partner, who is he?"),
                // a word of character said alone once the partner has a name is no name
                en("Stubborn. Sharp as a tack. Bakes for the whole street.", "p.name=-")
                        .given(profile().status(RelationshipStatus.MARRIED).currentPartner("Maureen").build())
                        .asked("What's Maureen like?"),
                // a name taken back
                en("Her name is Sara... no, that's my boss. Not Sara. Mirela. Gentle, bright.", "p.name=Mirela")
                        .asked("What kind of partner do you dream of?"),
                // not names: look and character words said alone, a common word, Hera greeted
                en("Tall. Honestly. Kind and funny.", "p.name=-").asked("Tell me about your ideal partner."),
                en("Cheerful. Someone patient, with glasses.", "p.name=-").asked("Describe your dream girl!"),
                en("Always has a book in her bag. Quiet, clever.", "p.name=-").asked("What does Ines look like?"),
                // a girl one is told to find is the partner, no child
                en("Funny and grounded. My mum says find a girl who can cook lol", "kids=-").asked("Describe your dream girl!"));
    }

    static Stream<ExtractionCase> partnersNamed() {
        return Stream.of(
                en("Yes, to Hélène, she's a year younger.", "status=married", "p.name=Hélène").asked("Are you married, Tom?"),
                en("Yep, to Autumn, twenty years in June.", "p.name=Autumn").asked("Are you married, Greg?"),
                en("I'm going out with Róisín three years now.", "status=partnered", "p.name=Róisín"),
                // a spouse named while the marriage is told as over is no partner
                en("Separated since spring. My husband Grégoire lives in Lyon now.", "status=other", "p.name=-").asked("Are you married?"),
                en("Widowed. My wife, Agnes, passed away in 2019.", "p.name=-").asked("Are you married?"),
                // "I mean" is an aside: what follows is still the partner's
                en("She is very gemütlich, cosy I mean, and always laughing.", "traits=-", "pE>0.6")
                        .given(profile().status(RelationshipStatus.MARRIED).currentPartner("Anke").build()).asked("How would you describe Anke?"),
                // "not rich" is a word, not the name taken back
                en("Engaged! To Rich, and no, he's not rich.", "p.name=Rich").asked("Are you married, or with someone?"),
                en("Married, my husband is Jun Hao.", "status=married", "p.name=Jun Hao"),
                // someone else's engagement says nothing of the user's status
                en("Nope, single. My little sister just got engaged though.", "status=single"));
    }

    static Stream<ExtractionCase> children() {
        return Stream.of(
                en("A lad and a lass. Owen and Maisie.", "kids=男:Owen,女:Maisie").asked("Would you like children?"),
                en("One son. Wei Jie.", "kids=男:Wei Jie").asked("And children?"),
                en("a girl i think. name juniper, maybe", "kids=女:Juniper").asked("Kids one day?"),
                en("two boys. ezra and jonah ✨", "kids=男:Ezra,男:Jonah").asked("And kids?"),
                en("A boy, Oisín, and a girl, Éabha.", "kids=男:Oisín,女:Éabha").asked("Children?"),
                en("Yesss!! A girl, Clara, then a boy, Nils 💕", "kids=女:Clara,男:Nils").asked("Do you want kids?"),
                en("Twins: Leon and Mara... no, wait, three: Leon, Mara and Jonas.", "kids=?:Leon,?:Mara,?:Jonas").asked("And children?"),
                en("My grown children, Ruth and Adam, have kids of their own. For this family, a boy — Elias.", "kids=男:Elias")
                        .asked("And the children in this imagined family?"),
                // only the names are said again after the cue: the genders before it stand
                en("A girl and a boy: Ada... no wait, Iris. So Iris and Tom.", "kids=女:Iris,男:Tom").asked("Any children?"),
                // a neighbour's children are no wish
                en("Two girls. Nia and Zuri. Our neighbour has four boys, that's plenty of noise!", "kids=女:Nia,女:Zuri").asked("Do you want children?"),
                // not names: a word said alone, places planned
                en("Two. Honestly. Maybe later.", "kids#=2", "kids=?:?,?:?").asked("And children?"));
    }

    static Stream<ExtractionCase> users() {
        return Stream.of(
                en("Good evening. Teresa Walsh. My grandchildren call me Nana Tess.", "name=Teresa Walsh").asked("Hello, I'm Hera! What's your name?"),
                en("Connor. A man of forty and proud of it.", "name=Connor").asked("Who do I have the pleasure of speaking with?"),
                en("Anil Kapoor.", "name=Anil Kapoor").asked("Hi, I'm Hera! What's your name?"),
                en("Hey Hera! Dana Price here. 36, Denver.", "name=Dana Price"),
                en("My name is Adebayo but my friends call me Bayo.", "name=Adebayo"),
                en("I'm Siobhán, 44, from Galway.", "name=Siobhán"),
                en("I am Tomás, a man of 38 years.", "name=Tomás", "age=38", "gender=男性"),
                en("I'm a woman of fifty-two and I live in Bath.", "age=52"),
                en("Hi, I'm Ruairí, a Kerry man, 29.", "name=Ruairí", "gender=男性"),
                en("Doreen. A woman of seventy and still dancing.", "name=Doreen", "gender=女性").asked("Who am I speaking with?"),
                // a nickname one asks to be called is kept
                en("I'm Katherine, but call me Kit.", "name=Kit"),
                // thousands grouped with full stops, as much of Europe writes them
                en("About 42.000 euros gross per year.", "income=€42,000").asked("What do you earn?"),
                en("Roughly 64.000 Euro per year, brutto.", "income=€64,000").asked("May I ask your income?"),
                en("I earn €31.500 a year.", "income=€31,500"),
                en("Around 3.000 euros a month, 39 thousand per year.", "income=39,000").asked("What is your income?"),
                en("My rate went up 2.5 percent this year.", "income=-"),
                // an income's unit after its figure is no place
                en("24 LPA.", "location=-").asked("And your income?"),
                en("Around 9 lakhs, I'd say.", "location=-").asked("What do you earn?"),
                // Hera greeted is no name
                en("Howya Hera! Grand, thanks.", "name=-").asked("Hi, I'm Hera! What's your name?"));
    }

    static Stream<ExtractionCase> outlooks() {
        return Stream.of(
                en("I'm an optimist, nothing brings me down for long.", "N<0.4"),
                en("Happy-go-lucky, me. Hardly anything bothers me.", "N<0.4"),
                en("I work really hard and I need order around me.", "C>0.6"),
                en("Type A, always. Everything has its place at home.", "C>0.6"),
                en("Opinionated, and a bit contrary if I'm honest.", "A<0.4"),
                en("I'll try any cuisine once, I'm open to anything.", "O>0.6"),
                en("Love a good yarn with strangers.", "E>0.6"),
                // negated: not open for new things is a low openness
                en("I am not so open for new things, I like what I know.", "O<0.4"),
                // the partner told of in everyday words
                en("He's tranquil, nothing stresses him, and he laughs at everything.", "pN<0.4", "pE>0.6", "traits=-").asked("What's Jonas like?"),
                en("A free spirit. Strict with money though, and she hates arguments.", "pO>0.6", "pC>0.6", "pA>0.6", "traits=-")
                        .given(profile().status(RelationshipStatus.MARRIED).currentPartner("Paula").build()).asked("What's Paula like?"),
                en("Morena, braids, a little belly, always barefoot at home.", "p.appearance~braids", "p.appearance~barefoot")
                        .asked("What does she look like?"),
                // "a huge fan" is no build
                en("He's a huge fan of rugby.", "p.appearance=-").asked("What's Liam like?"),
                // the partner's outlook is not the user's
                en("She's an optimist, nothing gets her down.", "traits=-", "pN<0.4").asked("What's Mia like?"));
    }

    /** A neighbourhood the gazetteer does not know, said with the city it is in, is kept with it as said. */
    static Stream<ExtractionCase> neighbourhoods() {
        return Stream.of(
                en("I stay in Lekki, Lagos. And yes, I'm engaged!", "location=Lekki, Lagos").asked("Where do you live?"),
                en("38, a woman, living in Kilimani, Nairobi.", "location=Kilimani, Nairobi").asked("How old are you and where do you live?"),
                en("Hi! I'm Sofia, 31, woman, Wicker Park in Chicago.", "location=Wicker Park in Chicago").asked("What's your name?"),
                en("29, f, andheri in mumbai", "location=Andheri in Mumbai").asked("How old are you and where are you?"),
                en("I grew up in Leeds but live in Camden, London.", "location=Camden, London").asked("Where do you live?"),
                // the city first, or the place and its state or country, stay as they were
                en("I live in Tokyo, Japan.", "location=Tokyo, Japan").asked("Where do you live?"),
                en("I live in Salford, Manchester.", "location=Salford, Manchester").asked("Where do you live?"),
                en("We live in Manchester, near the canal.", "location=Manchester").asked("Where do you live?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("neighbourhoods")
    void neighbourhoodsKeptWithTheirCity(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outlooks")
    void outlooksWorkAndOrderInEverydayWords(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("imaginedPartners")
    void thePartnerImaginedInHerasOtherWords(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnersNamed")
    void partnersNamedWithAccentsAndInPassing(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("children")
    void childrenNamedAfterTheirGenders(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("users")
    void usersNamedAloneOrByOthers(ExtractionCase c) {
        c.check();
    }
}

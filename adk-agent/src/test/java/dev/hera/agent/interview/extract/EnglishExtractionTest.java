package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;
import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;

import java.util.stream.Stream;


import dev.hera.model.RelationshipStatus;

/** English messages, careful and casual, each with the fields its fragment must (not) have. */
class EnglishExtractionTest extends ExtractionTables {

    static Stream<ExtractionCase> ages() {
        return Stream.of(
                en("I'm 29", "age=29"),
                en("29 years old", "age=29"),
                en("I'm a 29-year-old man", "age=29", "gender=男性"),
                en("I'm thirty-four", "age=34"),
                en("I am twenty nine years old", "age=29"),
                en("I'm in my early thirties", "age=-"),
                en("My daughter is 3", "age=-"),
                en("My mom is 60 and I'm 31", "age=31"),
                en("Actually I'm 34, not 33.", "age=34", "corrected=AGE").given(profile().age(33).build()),
                en("34", "age=34").asked("How old are you?"),
                en("I'm 5'10\" and 32 years old", "age=32"),
                en("32F here", "age=32", "gender=女性"),
                en("im 27 lol", "age=27"),
                en("I'll be 30 next month", "age=29"),
                en("I've been married for 5 years", "age=-", "status=married"),
                en("Hey! Name's Jordan, 34, and I'm based in Toronto.", "age=34", "name=Jordan", "location=Toronto"));
    }

    static Stream<ExtractionCase> genders() {
        return Stream.of(
                en("I'm a guy", "gender=男性"),
                en("As a woman, I value honesty", "gender=女性", "A=-"),
                en("I'm a single mom", "gender=女性", "status=single"),
                en("I'm married to a man", "gender=-", "status=married"),
                en("I'm looking for a woman who is kind", "gender=-", "partner=ideal", "pA=0.75", "traits=-"),
                en("I'm female", "gender=女性"),
                en("I'm non-binary", "gender=その他"),
                en("My ideal partner is a gentle man", "gender=-", "partner=ideal"),
                en("I'm a dad of two", "gender=男性"));
    }

    static Stream<ExtractionCase> statuses() {
        return Stream.of(
                en("I'm single", "status=single"),
                en("29 and single", "status=single", "age=-"),
                en("I'm married", "status=married"),
                en("My wife and I live in Boston", "status=married", "location=Boston"),
                en("my husband is a nurse", "status=married", "partner=-"),
                en("I'm engaged", "status=partnered"),
                en("I have a girlfriend", "status=partnered"),
                en("I'm divorced", "status=single"),
                en("It's complicated", "status=other"),
                en("I'm not married", "status=single"),
                en("Not seeing anyone right now", "status=single"),
                en("I'm widowed", "status=single"),
                en("I was married but now I'm divorced", "status=single"),
                en("I want to get married someday", "status=-"),
                en("My sister is single", "status=-"),
                en("I'm in a relationship", "status=partnered"),
                en("I don't have a boyfriend", "status=single", "partner=-"));
    }

    static Stream<ExtractionCase> locations() {
        return Stream.of(
                en("I live in New York", "location=New York"),
                en("Living in Seattle, WA", "location=Seattle, WA"),
                en("based in London", "location=London"),
                en("I'm from Osaka but I live in Tokyo now", "location=Tokyo"),
                en("I'm from Berlin", "location=Berlin"),
                en("I live in Sao Paulo", "location=São Paulo"),
                en("I live in seatle", "location=Seattle"),
                en("Paris", "location=Paris").asked("Where do you live?"),
                en("I'd love to visit Paris someday", "location=-"),
                en("I moved to Sydney last year", "location=Sydney"),
                en("I live in Springfield", "location=Springfield"),
                en("I live in a small town", "location=-"),
                en("My parents live in Chicago and I live in Denver", "location=Denver"),
                en("I'm in Toronto", "location=Toronto"),
                en("NYC-based designer here", "location=NYC"),
                en("i'm 29 and i live in seattle", "age=29", "location=Seattle"),
                en("I live in Tokyo, in Shibuya", "location=Shibuya, Tokyo"),
                en("Not Osaka, I live in Kyoto", "location=Kyoto"),
                // the place ends with its sentence, capitalised words after it are not part of it (this threw once)
                en("I'm 29, living in Leeds. My partner Tom is calm and kind.", "location=Leeds"),
                en("We live in St. Louis", "location=St. Louis"));
    }

    static Stream<ExtractionCase> incomes() {
        return Stream.of(
                en("I make about $90k a year", "income=$90,000"),
                en("about $90,000 a year", "income=$90,000"),
                en("70k a year", "income=70,000"),
                en("I earn €45k", "income=€45,000"),
                en("£50,000 a year", "income=£50,000"),
                en("My salary is 120000 dollars", "income=$120,000"),
                en("I make around $5,000 a month", "income=$5,000 a month"),
                en("$80k-$100k a year", "income=$80,000-$100,000"),
                en("I'm 29 and I make $75k", "age=29", "income=$75,000"),
                en("We'd love two kids", "income=-"),
                en("My wife makes $60k and I make $90k", "income=$90,000"),
                en("I earn 5 million yen a year", "income=500万円"),
                en("I make ninety thousand dollars a year", "income=$90,000"),
                en("I have $20k in savings", "income=-"),
                en("Actually it's more like $95k", "income=$95,000", "corrected=INCOME_RANGE")
                        .given(profile().income("$90,000").build()),
                en("over $100k", "income=over $100,000").asked("What's your annual income?"),
                en("My income is 4.5 million yen", "income=450万円"));
    }

    static Stream<ExtractionCase> personalities() {
        return Stream.of(
                en("I'm outgoing and sociable", "E=0.75"),
                en("I'm an introvert", "E=0.25"),
                en("I'm shy", "E=0.25"),
                en("I'm very organized", "C=0.85"),
                en("I'm kind and caring", "A=0.75"),
                en("curious and creative", "O=0.75"),
                en("I'm calm and laid-back", "N=0.25"),
                en("I'm anxious, a bit of a worrier", "N>0.6"),
                en("I'm not very outgoing", "E=0.3"),
                en("not really organized", "C=0.3"),
                en("I'm not shy at all", "E>0.6"),
                en("I don't worry much", "N=0.3"),
                en("I'm kind of shy", "E=0.35", "A=-"),
                en("I'm calm and organized, a bit of an introvert.", "N=0.25", "C=0.75", "E=0.35"),
                en("I'm easygoing and adventurous", "N=0.25", "O=0.75"),
                en("Nice to meet you! I'm outgoing.", "A=-", "E=0.75"),
                en("To be honest I'm a bit lazy", "C=0.35", "A=-"),
                en("What kind of person am I? Organized.", "C=0.75", "A=-"),
                en("I'm really creative but kinda messy", "O=0.85", "C=0.35"),
                en("I'm a people person and super responsible", "E=0.75", "C=0.85"));
    }

    static Stream<ExtractionCase> partners() {
        return Stream.of(
                en("My wife's name is Emma", "partner=current", "p.name=Emma", "status=married", "name=-"),
                en("her name is Emma", "p.name=Emma", "partner=current").given(profile().status(RelationshipStatus.MARRIED).build()),
                en("Someone named Alex who is calm", "p.name=Alex", "partner=ideal", "pN=0.25", "traits=-"),
                en("Emma is cheerful and kind", "p.temperament=cheerful and kind", "traits=-", "partner=current")
                        .given(profile().status(RelationshipStatus.MARRIED).currentPartner("Emma").build()),
                en("She has long curly red hair, green eyes and freckles.", "face=long curly red hair, green eyes and freckles",
                        "partner=current").given(profile().status(RelationshipStatus.MARRIED).currentPartner("Emma").build()),
                en("My wife is very organized and I'm a bit messy", "pC=0.85", "C=0.35"),
                en("I'm outgoing and my husband is quiet", "E=0.75", "pE=0.25"),
                en("My ideal partner is tall with glasses, kind and funny", "partner=ideal", "p.appearance=tall with glasses",
                        "p.temperament=kind and funny", "traits=-"),
                en("Emma is cheerful and kind", "traits=-"),
                en("I'm married to Sarah", "p.name=Sarah", "status=married", "name=-"),
                en("my girlfriend Mia is sweet", "p.name=Mia", "status=partnered", "pA=0.75", "traits=-"),
                en("Alex", "p.name=Alex", "partner=ideal").asked("What would you like your ideal partner to be called?")
                        .given(profile().status(RelationshipStatus.SINGLE).build()),
                en("He has a beard and kind eyes", "face=beard and kind eyes", "traits=-")
                        .given(profile().status(RelationshipStatus.SINGLE).build()),
                en("I'd like a partner who is kind and loves to travel", "partner=ideal", "pA=0.75", "traits=-"),
                en("Her personality? She's bubbly and a little stubborn.", "pE=0.75", "pA=0.35", "traits=-")
                        .given(profile().status(RelationshipStatus.MARRIED).currentPartner("Emma").build()));
    }

    static Stream<ExtractionCase> children() {
        return Stream.of(
                en("We'd love two kids: a girl named Lily and a boy named Noah.", "kids=女:Lily,男:Noah", "orders=1,2", "p.name=-"),
                en("two kids", "kids=?:?,?:?"),
                en("three children", "kids#=3"),
                en("a son called Max", "kids=男:Max"),
                en("twins!", "kids#=2"),
                en("I'd love a daughter", "kids=女:?"),
                en("one of each", "kids=男:?,女:?"),
                en("Lily for a girl and Noah for a boy", "kids=女:Lily,男:Noah"),
                en("We don't want kids", "kids=-"),
                en("My sister has two kids", "kids=-"),
                en("a girl, Lily, and a boy, Noah", "kids=女:Lily,男:Noah"),
                en("I'm a girl from Ohio", "kids=-", "gender=女性"),
                en("just one child please", "kids=?:?"),
                en("a baby girl named olivia", "kids=女:Olivia"));
    }

    static Stream<ExtractionCase> userNames() {
        return Stream.of(
                en("I'm Emma", "name=Emma"),
                en("My name is Ken", "name=Ken"),
                en("call me Ken", "name=Ken"),
                en("I'm Japanese", "name=-"),
                en("I'm Married", "name=-", "status=married"),
                en("I'm Calm", "name=-", "N=0.25"),
                en("Hi, I'm Sarah, 31, from Denver", "name=Sarah", "age=31", "location=Denver"),
                en("I'm Seattle-based", "name=-", "location=Seattle"));
    }

    /** Everyday phrasing nobody wrote the rules for: lower case, abbreviations, several facts at once. */
    static Stream<ExtractionCase> conversational() {
        return Stream.of(
                en("Hello! My name is Priya and I'm 26. I work as a nurse in Chicago.", "name=Priya", "age=26", "location=Chicago"),
                en("I'm from India originally but I've lived in the US for 8 years.", "location=US"),
                en("I'm currently single. I earn around 72,000 dollars per year.", "status=single", "income=$72,000"),
                en("People say I'm warm and a good listener, but I can be a bit of a perfectionist.", "A=0.75", "C=0.65"),
                en("I'd love a husband who is funny, loyal and family-oriented.", "partner=ideal",
                        "p.temperament=funny, loyal and family-oriented", "traits=-"),
                en("Maybe someone named Arjun? Tall, dark hair, a nice smile.", "p.name=Arjun", "face=Tall, dark hair, a nice smile"),
                en("I want 2 kids, a boy and a girl.", "kids=男:?,女:?"),
                en("If it's a girl, Anaya, and if it's a boy, Rohan.", "kids=女:Anaya,男:Rohan"),
                en("I'm a 41 year old father of three living in Austin, Texas.", "age=41", "gender=男性", "location=Austin, Texas"),
                en("My husband Mark is 45. He's very patient and a great cook.", "p.name=Mark", "p.age=45", "age=-",
                        "p.temperament~very patient", "p.temperament~a great cook", "traits=-"),
                en("We make about 150k combined.", "income=150,000"),
                en("I have two sons, Jake and Tyler.", "kids=男:Jake,男:Tyler"),
                en("I'm 5 ft 4 and I weigh 130 lbs", "age=-", "income=-"),
                en("my boyfriend is chill and super smart", "status=partnered", "p.temperament=chill and super smart", "traits=-"),
                en("I just turned 40 last week!", "age=40"),
                en("I'm a teacher and I make 55000 a year", "income=55,000", "name=-"),
                en("Hi there. I'm Mike, 38, living just outside Boston.", "name=Mike", "age=38", "location=Boston"),
                en("She's the most generous person I know, and honestly pretty funny too.", "traits=-", "pA=0.75", "pE=0.75")
                        .given(profile().status(RelationshipStatus.MARRIED).currentPartner("Sarah").build()),
                en("Sarah has short blonde hair and the kindest blue eyes.", "face=short blonde hair and the kindest blue eyes")
                        .given(profile().status(RelationshipStatus.MARRIED).currentPartner("Sarah").build()),
                en("We hope to have a daughter someday - we'd call her Grace.", "kids=女:Grace"),
                en("hey im 31 f, single, live in portland", "age=31", "gender=女性", "status=single", "location=Portland"),
                en("i make like 60k a year lol", "income=60,000"),
                en("im pretty introverted and kinda anxious but really loyal", "E=0.25", "N=0.65", "A=0.85"),
                en("my ideal guy is funny n kind, maybe named ben? tall with a beard", "p.name=Ben", "face=tall with a beard",
                        "p.temperament=funny n kind", "traits=-"),
                en("want 2 kids someday, a boy named eli and a girl named rose", "kids=男:Eli,女:Rose"),
                en("I am a 35 yo male", "age=35", "gender=男性"),
                en("Im a woman in my 40s", "age=-", "gender=女性"),
                en("I live in LA", "location=LA"),
                en("NYC!", "location=NYC"),
                en("I live near Manchester, UK", "location=Manchester, UK"),
                en("My salary is around 3.5 million yen", "income=350万円"),
                en("I'm a nurse. 東京に住んでます", "location=東京"),
                en("My boyfriend is 31 and I'm 29", "age=29", "p.age=31", "status=partnered"),
                en("My girlfriend is a redhead with green eyes", "face=redhead with green eyes", "partner=current"),
                en("I want someone who makes me laugh", "partner=ideal", "p.temperament=makes me laugh"),
                en("I'm an only child", "kids=-"),
                en("We have a 2 year old son named Leo", "kids=男:Leo", "age=-"),
                en("I have 3 cats", "kids=-", "age=-"),
                en("I went to Tokyo in 2019 for a trip", "location=-"),
                en("The weather in London is terrible", "location=-"),
                en("I was born in 1990", "age=-"),
                en("Thanks!", "traits=-", "name=-"),
                en("I'm Daniel (42), divorced, living in Melbourne.", "name=Daniel", "age=42", "status=single", "location=Melbourne"),
                en("Income's roughly AUD 130k.", "income=A$130,000"),
                en("Friends would describe me as loyal, stubborn and a bit of a workaholic.", "A=0.5", "C=0.65"),
                en("I'd want a partner who's patient and adventurous. Let's call her Chloe.", "p.name=Chloe",
                        "p.temperament=patient and adventurous", "traits=-", "kids=-"),
                en("She'd have an athletic build, tanned skin and a warm smile.", "face=athletic build, tanned skin and a warm smile",
                        "traits=-").given(profile().status(RelationshipStatus.SINGLE).idealPartner("Chloe").build()),
                en("I already have a son, Oliver, and I'd love a daughter too — maybe Ruby.", "kids=男:Oliver,女:Ruby"),
                en("His name is Tom. He's thoughtful and a bit shy, with messy brown hair and a scruffy beard.", "p.name=Tom",
                        "p.temperament=thoughtful and a bit shy", "face=messy brown hair and a scruffy beard", "kids=-", "pC=-")
                        .asked("Tell me about your boyfriend — his name, personality and looks."),
                en("Definitely! Two would be perfect — maybe a girl called Isla and a boy called Finn.", "kids=女:Isla,男:Finn"),
                en("I like the name Daniel", "p.name=Daniel", "partner=ideal", "name=-")
                        .asked("Do you have a name in mind for your ideal partner?")
                        .given(profile().status(RelationshipStatus.SINGLE).build()));
    }
}

package dev.hera.agent.interview.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence ends of an English message typed without marks, put back as full stops, so that every
 * reading that stops at a "." stops there too: "I'm 34 I live in Denver with my wife Sarah she's really
 * kind" reads "I'm 34. I live in Denver with my wife Sarah. she's really kind", and neither the kindness
 * nor the age passes from one person to the other.
 * <p>
 * A sentence is taken to begin at a subject pronoun ("I", "we", "she", "he", "they") or at a possessive
 * with its noun and verb ("my wife is", "her name's"), when the word before ends a clause: not a
 * conjunction ("and she"), a word that takes a clause ("think she", "because I"), a preposition or an
 * article, nor a noun that a relative clause describes ("the only thing I want"). Only a message with
 * no sentence or clause mark inside is read this way: one with marks says where its sentences end.
 * <p>
 * Such a message gets back the commas of its lists too: of children's names ("three kids Maisie Orla and Jack") and of an
 * introduction ("Hi there Brent 42 Calgary" reads "Hi there. Brent, 42, Calgary", "I'm Daniel Lim 35 male" reads "I'm
 * Daniel Lim, 35, male"), so that a name keeps its surname and is not read into the greeting, and an age is read as one.
 */
final class RunOnSentences {

    /**
     * A sentence or clause mark inside the message, not a number's point or comma ("5.5", "85,000"),
     * nor a mark that only closes it ("… in Ohio!"): "I'm 34, I live in Ohio", "Hi. I'm Sam".
     */
    private static final Pattern MARK_INSIDE = Pattern.compile("(?:[.,:;!?。、](?!\\d)|[!?;…])(?=.*[\\p{L}\\p{N}])", Pattern.DOTALL);

    /** A word and the spaces before the next: "she's", "34", "dark-skinned". */
    private static final Pattern WORD = Pattern.compile("[A-Za-zÀ-ÖØ-Þß-öø-ÿ0-9]+(?:['’-][A-Za-zÀ-ÖØ-Þß-öø-ÿ0-9]+)*");

    /** Subject pronouns, with and without the apostrophe ("she's", "shes", "im"). */
    private static final Set<String> SUBJECTS = Set.of("i", "i'm", "im", "i've", "ive", "i'd", "i'll", "we", "we're", "we've", "weve",
            "we'd", "she", "she's", "shes", "she'd", "she'll", "he", "he's", "hes", "he'd", "he'll", "they", "they're", "theyre",
            "they've", "theyve", "they'd");

    /** The pronouns that open a relative clause after a noun as often as a sentence ("the town I live in"). */
    private static final Set<String> RELATIVE_SUBJECTS = Set.of("i", "i'm", "im", "i've", "ive", "i'd", "we", "we're", "we've",
            "weve", "we'd", "they", "they're", "theyre", "they've", "theyve", "they'd");

    /** Possessives that open a sentence when a verb follows their noun: "my wife is", "her name's Mia". */
    private static final Set<String> POSSESSIVES = Set.of("my", "our", "her", "his", "their");

    /** A word of the possessive's noun: not a pronoun, which opens a clause of its own ("calls her Ada she's"). */
    private static final String NOUN = "(?!(?:i|he|she|we|they|it|you|that|this)\\b)[a-z]+";

    /**
     * The possessive's noun of one or two words and its verb: "my wife is", "my wifes name is",
     * "our two kids are", "his name's"; any other "'s" is a genitive as often ("I prefer my family's company").
     */
    private static final Pattern POSSESSIVE_CLAUSE = Pattern.compile(
            "(?:my|our|her|his|their)(?:\\s+(?:name['’]s|names)|(?:\\s+" + NOUN + ")?\\s+" + NOUN
                    + "\\s+(?:is|are|was|were|has|have|had|works|lives|loves|likes|would|will|can|does|doesnt|doesn't|dont|don't))\\b");

    /**
     * Words after which no sentence ends: conjunctions ("and she"), words that take a clause ("think
     * she", "because I", "where we"), prepositions and articles ("with my"), verbs waiting for their
     * object or complement ("is my", "love my"), words waiting for their adjective ("very French").
     */
    private static final Set<String> JOINERS = Set.of(
            "and", "n", "&", "but", "or", "nor", "so", "because", "cause", "cuz", "coz", "cos", "bc", "that", "if", "when", "whenever",
            "where", "while", "than", "as", "since", "until", "till", "unless", "though", "although", "whether", "what", "who",
            "whom", "whose", "which", "how", "why", "then", "also", "plus", "like", "think", "thought", "thinks", "know", "knew",
            "knows", "guess", "feel", "felt", "feels", "hope", "say", "says", "said", "believe", "wish", "mean", "suppose", "reckon",
            "bet", "sure", "tell", "tells", "told", "swear", "after", "before", "once", "even", "just", "only", "not", "very", "really",
            "quite", "pretty", "super", "too", "more", "less", "most",
            "the", "a", "an", "my", "our", "your", "his", "their", "its", "this", "these", "those", "every", "each", "some", "any",
            "to", "of", "in", "on", "at", "with", "for", "from", "by", "about", "into", "onto", "without", "between", "near", "past",
            "through", "across", "behind", "under", "over", "above", "below", "beside", "towards", "toward", "per", "via", "around",
            "along", "outside", "inside",
            "is", "am", "are", "was", "were", "be", "been", "being", "do", "does", "did", "have", "has", "had", "can", "could", "will",
            "would", "should", "may", "might", "must", "love", "loves", "miss", "met", "marry", "married", "call", "called", "named",
            "let", "make", "makes", "made", "see", "saw", "want", "wants", "wanted", "need", "needs", "help", "helps");

    /**
     * Words before which a pronoun opens a relative clause rather than a sentence: "the only thing I want"; so does a
     * superlative ("the kindest person I know", "best decision I ever made").
     */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "every", "any", "some", "all", "no", "this", "that",
            "one", "only", "first", "last", "kind", "sort", "type", "much", "many");

    /**
     * Words that open a phrase or a clause put before the main clause ("At parties I'm the quiet one", "When I'm
     * tired I snap", "As a nurse I see a lot"): the subject that follows is that clause's, no new sentence's.
     */
    private static final Set<String> FRONTED = Set.of("at", "in", "on", "with", "around", "after", "before", "during", "for",
            "from", "since", "as", "when", "whenever", "if", "because", "while", "once", "by", "without", "among", "unlike",
            "outside", "inside", "until", "till", "though", "although", "unless", "whether", "even");
    /** The longest phrase put before a clause, in words ("As a woman in my profession I …"). */
    private static final int MAX_FRONTED_WORDS = 6;

    /** Two or more capitalised words, "and" and one more: "Chidi Obinna Adaeze and Amara", "Names Jack Harry and Ellie". */
    private static final Pattern NAME_LIST = Pattern.compile("(?<![\\p{L}'])(" + Names.EN_CAP_WORD_PLAIN + "(?:\\s+" + Names.EN_CAP_WORD_PLAIN
            + ")+)\\s+and\\s+" + Names.EN_CAP_WORD_PLAIN + "(?![\\p{L}'])(?!\\s+" + Names.EN_CAP_WORD_PLAIN + ")");
    /** A word for children or their names before a list: "two boys", "kids", "names". */
    private static final Pattern CHILDREN_BEFORE = Pattern.compile(
            "(?i)\\b(?:kids?|child|children|boys?|girls?|sons?|daughters?|twins|lads?|bab(?:y|ies)|names?)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** What follows a name as part of it: "Wyatt Jr". */
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr");

    /** A superlative: "kindest", "best", "calmest". */
    private static final Pattern SUPERLATIVE = Pattern.compile("[a-z]{1,}est");

    private RunOnSentences() {
    }

    /**
     * The text with a full stop put after each clause a new sentence follows and after a greeting before a name, and the
     * commas of a list of names ("Finn Ava and Isla") and of an introduction ("Callum 31 Aberdeen"); the text itself when
     * it has marks.
     */
    static String restore(String text) {
        if (MARK_INSIDE.matcher(text).find()) {
            return text;
        }
        return introductionCommas(listCommas(fullStops(greetingEnd(text))));
    }

    /**
     * A full stop after the greeting that opens the message, when a name follows it: "Hi there Brent 42" reads "Hi
     * there. Brent 42", "Kia ora Grant" reads "Kia ora. Grant", so that the name opens the introduction instead of
     * being read as a word of the greeting.
     */
    private static String greetingEnd(String text) {
        Matcher greeting = GREETING_BEFORE_NAME.matcher(text);
        if (!greeting.lookingAt()) {
            return text;
        }
        if (EnglishWords.isCommonWord(greeting.group(1).toLowerCase(Locale.ROOT))) {
            return text;
        }
        return text.substring(0, greeting.end()) + "." + text.substring(greeting.end());
    }

    private static String fullStops(String text) {
        String lowerText = Utterance.lowerSameLength(text);
        Matcher word = WORD.matcher(text);
        StringBuilder result = null;
        int copied = 0;
        String opener = null;
        int words = 0;
        String before2 = null;
        String before = null;
        boolean beforeCapitalised = false;
        int beforeEnd = -1;
        while (word.find()) {
            String lower = word.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (before != null && text.substring(beforeEnd, word.start()).isBlank() && !frontedPhrase(opener, words)
                    && opensSentence(lowerText, word.start(), word.group(), lower, beforeCapitalised) && endsClause(before, before2, lower)) {
                if (result == null) {
                    result = new StringBuilder(text.length() + 8);
                }
                result.append(text, copied, beforeEnd).append('.');
                copied = beforeEnd;
                opener = null;
                words = 0;
            }
            if (opener == null) {
                opener = lower;
            }
            words++;
            before2 = before;
            before = lower;
            beforeCapitalised = isCapitalised(word.group());
            beforeEnd = word.end();
        }
        if (result == null) {
            return text;
        }
        return result.append(text, copied, text.length()).toString();
    }

    /**
     * The commas of an introduction typed as a list: "I'm Daniel Lim 35 from Leeds" reads "I'm Daniel Lim, 35, from
     * Leeds", "Jolene Tan female" reads "Jolene Tan, female", "Liam here 27 bloke" reads "Liam here, 27, bloke",
     * "Sneha 26 years female" reads "Sneha, 26 years, female", "34 woman Logan Square" reads "34, woman, Logan Square": a
     * grown-up's age or a gender after a name (or after its "here", or an age after a gender) is the list's next item,
     * neither a part of the name nor a count of what follows; so is what follows that age or that gender ("male, working
     * in Pune"), and a gender written with a capital after any word ("still not used to it, Male, San Diego").
     */
    private static String introductionCommas(String text) {
        Matcher word = WORD.matcher(text);
        StringBuilder result = null;
        int copied = 0;
        String before2 = null;
        String before = null;
        boolean beforeName = false;
        boolean nameHere = false;
        boolean itemAge = false;
        boolean itemGender = false;
        int beforeEnd = -1;
        while (word.find()) {
            String lower = word.group().toLowerCase(Locale.ROOT);
            boolean age = GROWN_UP_AGE.matcher(lower).matches();
            boolean gender = GENDER_WORDS.contains(lower);
            boolean joined = before != null && text.substring(beforeEnd, word.start()).isBlank();
            boolean opensItem = joined && (age && (beforeName || nameHere || GENDER_WORDS.contains(before))
                    || gender && opensGender(text, word, before, before2, beforeName || nameHere));
            boolean closesAge = joined && itemAge && !AGE_UNITS.contains(lower);
            boolean closesGender = joined && itemGender && !GENDER_GOES_ON.contains(lower);
            if (opensItem || closesAge || closesGender) {
                if (result == null) {
                    result = new StringBuilder(text.length() + 8);
                }
                result.append(text, copied, beforeEnd).append(',');
                copied = beforeEnd;
            }
            itemAge = opensItem && age || itemAge && joined && YEARS.contains(lower) && !closesAge;
            itemGender = gender && (opensItem || closesAge);
            nameHere = beforeName && "here".equals(lower);
            beforeName = isCapitalised(word.group()) && lower.indexOf('\'') < 0 && lower.indexOf('’') < 0
                    && !EnglishWords.isCommonWord(lower) && !gender;
            before2 = before;
            before = lower;
            beforeEnd = word.end();
        }
        return result == null ? text : result.append(text, copied, text.length()).toString();
    }

    /**
     * Whether the gender word found by {@code word} is an item of its own: written with a capital after any word but an
     * article ("still not used to it Male San Diego"), or after a name, not after an article ("a Cork man") nor before
     * a name ("Irish guy Ciarán").
     */
    private static boolean opensGender(String text, Matcher word, String before, String before2, boolean afterName) {
        if (!afterName) {
            return isCapitalised(word.group()) && !ARTICLES.contains(before);
        }
        return (before2 == null || !ARTICLES.contains(before2)) && !NAME_NEXT.matcher(text).region(word.end(), text.length()).lookingAt();
    }

    /**
     * The commas of a list of children's names typed without them: "two girls and a boy Finn Ava and Isla" reads
     * "Finn, Ava and Isla", not a girl called Finn Ava. Only after a word for children or names, and only where
     * one name follows the "and" (in "Tucker Wade and Lily Mae" a name of two words may stand on either side).
     */
    private static String listCommas(String text) {
        Matcher list = NAME_LIST.matcher(text);
        StringBuilder result = null;
        int copied = 0;
        while (list.find()) {
            int start = firstName(text, list.start(1), list.end(1));
            if (start < 0 || !CHILDREN_BEFORE.matcher(text).region(0, start).find()) {
                continue;
            }
            if (result == null) {
                result = new StringBuilder(text.length() + 8);
            }
            result.append(text, copied, start).append(SPACES.matcher(text.substring(start, list.end(1))).replaceAll(", "));
            copied = list.end(1);
        }
        return result == null ? text : result.append(text, copied, text.length()).toString();
    }

    /**
     * Where the names that end a run of capitalised words begin, after its everyday words ("Names Poppy Isla",
     * "Youssef Girls Nour"); -1 for fewer than two.
     */
    private static int firstName(String text, int start, int end) {
        Matcher word = WORD.matcher(text).region(start, end);
        int names = 0;
        int first = -1;
        while (word.find()) {
            String lower = word.group().toLowerCase(Locale.ROOT);
            if (EnglishWords.isCommonWord(lower) || NAME_SUFFIXES.contains(lower)) {
                names = 0;
                first = -1;
                continue;
            }
            if (first < 0) {
                first = word.start();
            }
            names++;
        }
        return names >= 2 ? first : -1;
    }

    /**
     * Whether the sentence so far is a phrase put before its clause ("at parties I'm …", "when I'm tired I …") or one
     * word that opens the message or the clause ("hey I'm Jo", "ngl I'm anxious", "Alasdair I think"): a sentence of
     * its own would be read as an answer of its own, a name or a place.
     */
    private static boolean frontedPhrase(String opener, int words) {
        return words < 2 || opener != null && words <= MAX_FRONTED_WORDS && FRONTED.contains(opener);
    }

    private static boolean opensSentence(String lowerText, int start, String typed, String lower, boolean afterCapital) {
        if (SUBJECTS.contains(lower)) {
            return true;
        }
        if (POSSESSIVES.contains(lower)) {
            return isCapitalised(typed) || POSSESSIVE_CLAUSE.matcher(lowerText).region(start, lowerText.length()).lookingAt();
        }
        // "bit of a loner Not very chatty": an everyday word written with a capital is where the writer began anew; not
        // inside a name of capitalised words ("Brooklyn Park Slope")
        return !afterCapital && isCapitalised(typed) && EnglishWords.isCommonWord(lower) && !LISTED_IN_INTRODUCTIONS.contains(lower);
    }

    /** A grown-up's age, in digits or in words: "34", "thirty-two", "forty". */
    private static final Pattern GROWN_UP_AGE = Pattern.compile("1[6-9]|[2-9]\\d|(?:" + Numbers.EN_TENS + ")(?:-[a-z]+)?");

    /** The words for one's gender in an introduction's list: "male", "woman", "bloke". */
    private static final Set<String> GENDER_WORDS = Set.of("male", "female", "man", "woman", "guy", "bloke", "lady", "gal",
            "dude", "fella");

    /**
     * A greeting opening the message, to Hera or to all, before the next word (group 1): "Hi there Brent", "Kia ora Grant",
     * "Now then Graham", "Good evening Hera Ravi".
     */
    private static final Pattern GREETING_BEFORE_NAME = Pattern.compile("^\\s*(?i:hi+|hey+|hello|hiya|heya|howdy|yo|g'day|gday|howya"
            + "|kia ora|now then|namaste|hola|bonjour|aloha|greetings|good (?:morning|afternoon|evening|day))"
            + "(?:\\s+(?i:there|hera|all|y'all|everyone|dear))*+(?=\\s+(" + Names.EN_CAP_WORD_PLAIN + ")(?![\\p{L}'’]))");

    /** A capitalised word next: "Irish guy Ciarán" is a description before a name, no list. */
    private static final Pattern NAME_NEXT = Pattern.compile("\\s+" + Names.EN_CAP_WORD_PLAIN + "(?![\\p{L}'’])");

    /** What after a gender belongs to it: "woman of 40", "man and dad", "guy or gal"; no comma goes before these. */
    private static final Set<String> GENDER_GOES_ON = Set.of("of", "and", "or", "who", "here", "from");

    /** Articles: "a Cork man" is a man from Cork, not a name and a gender. */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** The word for years after an age, which stays with it: "26 years female" reads "26 years, female". */
    private static final Set<String> YEARS = Set.of("years", "year", "yrs", "yr");

    /** What after an age belongs to it: "26 years old", "34 yo", "40 and 42"; no comma goes before these. */
    private static final Set<String> AGE_UNITS = Set.of("years", "year", "yrs", "yr", "yo", "old", "young", "of", "and", "or", "this",
            "next", "in", "y", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

    /** Words listed in an introduction, capitalised as the list goes on: "Pieter 45 Male Cape Town". */
    private static final Set<String> LISTED_IN_INTRODUCTIONS = Set.of("male", "female", "man", "woman", "guy", "girl", "bloke",
            "lady", "gal", "dude", "boy", "age", "single", "married", "divorced", "engaged", "widowed", "separated");

    /** "Not", "My", "Forty-one": a capital and then small letters (not "I", not "NYC"). */
    private static boolean isCapitalised(String typed) {
        return typed.length() > 1 && Character.isUpperCase(typed.charAt(0)) && Character.isLowerCase(typed.charAt(1));
    }

    private static boolean endsClause(String before, String before2, String next) {
        // "for boy we thought Aadhav", "as a nurse I see": a phrase of one noun put before its clause; "Nila or Nithya my
        // wife likes Nila": a choice between two goes on with the words that settle it
        if (JOINERS.contains(before) || "or".equals(before2)
                || SUBJECTS.contains(next) && ("for".equals(before2) || "as".equals(before2))) {
            return false;
        }
        return !(RELATIVE_SUBJECTS.contains(next) && before2 != null
                && (DETERMINERS.contains(before2) || SUPERLATIVE.matcher(before2).matches()));
    }
}

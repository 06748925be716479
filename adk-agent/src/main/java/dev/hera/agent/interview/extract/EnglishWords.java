package dev.hera.agent.interview.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everyday English words that are not given names ("coffee", "busy", "hiking", "lol"), for the
 * places where a name could stand ("someone called …", "a girl named …"). Without a model, a word
 * is known by its shape (gerunds and the suffixes of abstract nouns and adjectives, which given
 * names do not carry) or by this list of frequent words. Words that are also common given names
 * (Summer, Autumn, Hope, Grace, Rose, Lily, Hunter, Joy) are left out on purpose; -ly and -y are no
 * sign either (Emily, Holly, Lucy).
 */
final class EnglishWords {

    /**
     * Gerunds and participles ("hiking", "dancing", "exhausted", "stressed", "organized"); Sterling-like names are rarer than
     * the words, and the names that end in -ed end otherwise (Alfred, Javed, Zayed, Saeed, Ahmed, Khaled).
     */
    private static final Pattern SHAPE = Pattern.compile("[a-z]{2,}(?:ing|ies|ness|ment|ful|less|ous|able|ible)|[a-z]{3,}[tszcgxkpnd]ed");

    private static final Set<String> EVERYDAY = Set.of(
            // reactions and fillers
            "hmm", "hm", "um", "uh", "uhh", "umm", "haha", "hahaha", "lol", "lmao", "yeah", "yep", "yup", "nope", "nah", "wow",
            "oh", "ooh", "ah", "aw", "aww", "yay", "ugh", "meh", "whatever", "idk", "tbh", "omg", "btw", "ok", "okay", "alright", "aight", "righto", "names", "after", "before", "since", "because",
            // chat shorthand ("kids asap", "im kinda shy")
            "asap", "imo", "imho", "fyi", "tho", "thru", "pls", "plz", "ya", "yea", "ur", "kinda", "sorta", "gonna", "wanna", "gotta", "tryna",
            "lowkey", "highkey", "cuz", "coz", "obvs", "probs", "rly", "srsly", "abt", "bout",
            // a message mending the one before ("chirs... CHRIS lol typo", "*Sarah, autocorrect")
            "typo", "typos", "autocorrect", "oops", "whoops", "oopsie", "jk", "nvm", "ngl",
            // food, drink, things
            "coffee", "tea", "beer", "wine", "pizza", "pasta", "sushi", "bread", "cake", "chocolate", "water", "milk", "food",
            "dinner", "lunch", "breakfast", "phone", "car", "bike", "book", "books", "music", "movie", "movies", "film", "films",
            "game", "games", "tv", "netflix", "internet", "computer", "photo", "photos", "picture", "pictures", "camera", "money",
            // places and time
            "park", "beach", "office", "train", "bus", "city", "town", "house", "room", "kitchen", "garden", "gym", "school",
            "church", "weather", "rain", "snow", "sun", "winter", "fall", "spring", "weekend", "weekends", "morning",
            "evening", "night", "holiday", "holidays", "vacation", "travel", "trip", "job", "hobby", "hobbies", "sports", "sport",
            "friends", "friend", "dog", "dogs", "cat", "cats", "pet", "pets", "shopping", "reading", "cooking",
            // everyday adjectives
            "busy", "tired", "nice", "cool", "fun", "funny", "cute", "pretty", "lovely", "awesome", "amazing", "great", "bad",
            "sad", "angry", "calm", "quiet", "loud", "tall", "short", "curly", "straight", "big", "small", "little", "old",
            "young", "smart", "bright", "dark", "warm", "cold", "hot", "sweet", "gorgeous", "beautiful", "handsome", "normal",
            "weird", "perfect", "ideal", "better", "best", "enough", "random", "simple", "different", "same", "thing", "things", "stuff", "someone", "anything",
            // trades said without an article ("i am architect", "physio, about 90 grand")
            "architect", "accountant", "electrician", "plumber", "chef", "pharmacist", "dentist", "programmer", "consultant", "analyst",
            "cashier", "mechanic", "carpenter", "physio", "paramedic", "barista", "bartender", "waitress", "receptionist", "firefighter",
            // slang praise and verdicts ("two boys would be sick", "a girl would be mint")
            "sick", "mint", "ace", "rad", "dope", "brill", "fab", "grand", "class", "epic", "lush", "wicked", "fine", "good", "neat",
            "magic", "unreal", "fire", "legit", "dreamy", "wild", "crazy", "mad", "chill");

    /**
     * About 10,500 common words (SCOWL's most frequent sizes) that are not also given names: what a
     * word said alone is more likely to be than a name or a home ("again", "sure", "sorry").
     */
    private static final Set<String> COMMON = load("english-common-words.txt");

    private EnglishWords() {
    }

    /**
     * Whether the lower-case word is a common English word that is not also a given name: said alone
     * it is an answer ("sure", "again"), not a name or a place.
     */
    static boolean isCommonWord(String lower) {
        return COMMON.contains(lower) || isEverydayWord(lower);
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = EnglishWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null;) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    /** Whether the lower-case word is an everyday word rather than a name. */
    static boolean isEverydayWord(String lower) {
        return EVERYDAY.contains(lower) || SHAPE.matcher(lower).matches();
    }

    /**
     * Whether the lower-case word is on either list of common words, its shape aside: a capitalised Schwabing or Blessing
     * may be a place or a name, "married" and "obviously" are not.
     */
    static boolean isListedCommonWord(String lower) {
        return COMMON.contains(lower) || EVERYDAY.contains(lower);
    }

    /** Whether the lower-case word is on the list of everyday words (its shape aside: Blessing, Sterling). */
    static boolean isListedEverydayWord(String lower) {
        return EVERYDAY.contains(lower);
    }
}

package dev.hera.agent.interview.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typing English on a phone leaves out, put back once before anything is read: the
 * apostrophe of the usual contractions ("im 34", "i dont", "shes kind", "my wifes name"), and, in a
 * message typed in lower case, the capitals the extractors read a name or a place by ("my wife
 * sarah", "named leo", "we live near york"). A message whose only capitals are those a phone's keyboard
 * puts by itself — each sentence's first letter and the pronoun "I" ("Hi im sarah. My husband is dave") —
 * counts as typed in lower case. A capital is given only where the position says a name or a place
 * stands and the word is no common word ("my wife is lovely" stays as it is).
 */
final class CasualTyping {

    /**
     * A contraction typed without its apostrophe ("im", "ive", "shes", "theyre", "wouldve"); only spellings that are no
     * words of their own ("were", "well", "hell", "ill", "its", "wed", "shed", "lets" stay). A negation ("dont", "isnt")
     * is read without its apostrophe already, and a character said with it is kept as typed ("doesnt get jealous").
     */
    private static final Pattern CONTRACTION = Pattern.compile(
            "\\b(?i:(i)(m|ve)|(she|he|that|what|there|here|who|where)(s)|(they|you)(re|ve|ll|d)|(we)(ve)"
                    + "|(would|could|should|must|might)(ve))\\b");
    /**
     * "were in portland", "so were married": "we're" where "were" opens its clause and a state follows (after "we" it
     * stays the past: "we were both").
     */
    private static final Pattern WE_ARE = Pattern.compile(
            "(?:^|(?<=[.!?,;]\\s?)|(?<=\\b(?:and|but|so|yeah|yes|now)\\s))(?i:(we)(re))(?=\\s+(?:in|from|both|married|engaged|together|not|so|pretty"
                    + "|really|very|gonna|going|looking|trying|thinking|planning|hoping|expecting|happy|living|based|still|currently|just)\\b)");
    /** "id say", "id love to": "I'd" where the next word decides that it is no identity document. */
    private static final Pattern I_WOULD = Pattern.compile(
            "\\b(?i:(i)(d))(?=\\s+(?:say|like|love|be|rather|prefer|want|go|guess|think|call|name|pick|choose|describe|never|probably|definitely|really|also)\\b)");
    /** "my wifes name", "husbands name is dave": the partner's or a child's name, said with the possessive's apostrophe left out. */
    private static final Pattern POSSESSIVE_NAME = Pattern.compile(
            "\\b(?i:(wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?|hubby|missus|son|daughter|kid|baby)(s))(?=\\s+(?i:name)\\b)");

    /** "i", "i'm", "i've": the pronoun, capitalised. */
    private static final Pattern PRONOUN_I = Pattern.compile("(?<![\\p{L}'])i(?!\\p{L})");
    /** A partner or a child, as people say them before a name ("my wife sarah", "a son, leo", "the twins: ava and mia"). */
    private static final String PEOPLE = "wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?|spouse|hubby|wifey|missus|bf|gf|son|daughter"
            + "|boy|girl|lad|lass|sons|daughters|boys|girls|kids|twins|eldest|oldest|youngest";
    /**
     * Where a name stands next: after a partner or child ("my wife sarah", "a son, leo", "a boy and a girl: nora and levi"),
     * after naming words ("named kai", "called becky", "let's call her grace", "his name's cian", "names alfie and poppy"),
     * after a marriage ("married to bronwen").
     */
    private static final Pattern NAME_CUE = Pattern.compile(
            "\\b(?:(?:" + PEOPLE + ")(?:\\s*[,:.—–-]\\s*|\\s+is\\s+(?=\\p{L}+(?:\\s*[,.!;]|\\s*$))|\\s+)"
                    + "|(?:named|called|call (?:me|her|him|them)|name (?:her|him|them)|myself|(?:married|engaged) to(?: my)?)\\s+"
                    + "|names?(?:'s| is| are)?(?:\\s*,\\s*(?:hmm+|um+|uh+))?(?:\\s*[,:—–]\\s*|\\s+))");
    /** A partner or a child right before a word: "my wife sarah", "my husband snores" — which of the two, the word says. */
    private static final Pattern PERSON_THEN_WORD = Pattern.compile("\\b(?:" + PEOPLE + ")\\s+$");
    /**
     * A word shaped as a verb said of someone ("knits", "paints", "works", "helps", "sews"): a consonant before its final s,
     * which given names seldom have (James, Chris, Marcus, Rhys do not); "bakes" and "cycles" are known by their stem.
     */
    private static final Pattern VERB_SHAPE = Pattern.compile("\\p{L}{2,}[bdfgkmnprtvw]s");
    private static final Pattern VERB_WITH_E = Pattern.compile("\\p{L}{3,}es");
    /** An adverb after the word, which makes it a verb ("my husband snores loudly", "my wife sings beautifully"). */
    private static final Pattern ADVERB_NEXT = Pattern.compile("\\G\\s+\\p{L}{2,}ly\\b");
    /**
     * A name said before the words that place it: "mick here", "tam and i got hitched", "leo for a boy", "zora if it's a girl".
     */
    private static final Pattern NAME_BEFORE_CUE = Pattern.compile(
            "(?:^|(?<=[.!?,;:—–-]\\s{0,2}))\\p{L}+(?=\\s+here\\b|\\s+(?:and|n|&)\\s+i\\s+(?!am\\b|'m\\b)"
                    + "|\\s+(?:for|if (?:it's|its|it is|we have|we get)) (?:a|the) (?:boy|girl)\\b)");
    /** A clause that is a list of names and nothing else: "jack and harry", "logan, carter, brody", "june, rose and hank". */
    private static final Pattern BARE_LIST = Pattern.compile(
            "(?:^|(?<=[.!?;:—–-]\\s{0,2}))(?:\\p{L}+\\s*,\\s*)*\\p{L}+(?:\\s*,?\\s+(?:and|&)\\s+|\\s*,\\s*)\\p{L}+(?=\\s*(?:[.!?;—–-]|$))");
    private static final Pattern LIST_WORD = Pattern.compile("\\p{L}+");
    /** "i'm owen, 27", "im brianna but call me bri": the speaker's name, closing its clause or followed by an age or a place. */
    private static final Pattern I_AM_CUE = Pattern.compile("\\bi(?:'m| am)\\s+(?=\\p{L})");
    /** What may follow the speaker's name after "i'm": the clause's end, "and", "but", "here", "from", an age. */
    private static final Pattern AFTER_OWN_NAME = Pattern.compile("\\G(?:\\s*[,.!;]|\\s*$|\\s+(?:and|but|here|from|\\d))");
    /**
     * A word said after "i'm" that is a state or its degree, not a name ("introverted", "relaxed", "impulsive", "nervous",
     * "selfish", "fiercely", "honestly"); Mohammed, Kelly and Beverly are names.
     */
    private static final Pattern ADJECTIVE_SHAPE = Pattern.compile("\\p{L}{3,}(?:[^m]ed|ive|ous|ish|ful|ely|tly|bly|ingly|edly)");
    /** A further name of a list: "…, megan", "… and levi", "… & poppy". */
    private static final Pattern LIST_NEXT = Pattern.compile("\\G(?:\\s*,\\s*(?:and\\s+|&\\s*)?|\\s+(?:and|&|n)\\s+)");
    /** Where a place stands next: "i live in parramatta", "a village near york", "from columbus". */
    private static final Pattern PLACE_CUE = Pattern.compile(
            "\\b(?:live in|living in|based in|reside in|residing in|moved to|i'm in|i am in|near|outside(?: of)?|from)\\s+");
    /** A second word of a name, closing its clause: "rohit sharma, not the cricketer", "lily mae." */
    private static final Pattern SECOND_WORD = Pattern.compile("\\G\\s(\\p{L}[\\p{L}'-]*)(?=\\s*(?:[,.!;:)—–]|$)|\\s+(?:and|but)\\b)");
    /** A word as typed. */
    private static final Pattern WORD = Pattern.compile("\\G\\p{L}[\\p{L}'-]*");
    /** A name has a vowel ("rn", "tbh" are none). */
    private static final Pattern VOWEL = Pattern.compile("[aeiouyàáâäèéêëìíîïòóôöùúûü]");
    /** A state's or province's two letters after a place ("phoenix az", "houston, tx"), closing the clause. */
    private static final Pattern STATE_CODE = Pattern.compile(
            "(?<=\\p{Lu}\\p{Ll}{2,20},?\\s)(al|ak|az|ar|ca|co|ct|de|fl|ga|hi|ia|id|il|ks|ky|la|md|mi|mn|ms|mo|mt|nc|nd|ne|nh|nj|nm|nv|ny|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|va|vt|wa|wi|wv|wy"
                    + "|dc|bc|ab|on|qc|ns|nsw|qld|vic|nz|uk)(?=\\s*(?:[.,!;]|$))");
    /** Short names of places that are always capitals ("nyc", "usa", "uk"). */
    private static final Set<String> ACRONYMS = Set.of("nyc", "usa", "uk", "sf", "dc");
    private static final Pattern ACRONYM = Pattern.compile("\\b(?:nyc|usa|uk|sf|dc)\\b");

    private CasualTyping() {
    }

    /** The message with the apostrophes and, in a message typed in lower case, the capitals put back. */
    static String restore(String text) {
        String withApostrophes = apostrophes(text);
        return typedInLowerCase(withApostrophes) ? capitals(withApostrophes) : withApostrophes;
    }

    /**
     * Whether the message has Latin letters and no capital but those a keyboard puts by itself: a sentence's first letter
     * (after the message's start, a full stop, a question or exclamation mark, or a new line) and the pronoun "I".
     */
    static boolean typedInLowerCase(String text) {
        boolean latin = false;
        boolean sentenceStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x250 && Character.isLetter(c)) {
                if (Character.isUpperCase(c) && !sentenceStart && !pronounI(text, i)) {
                    return false;
                }
                latin = true;
                sentenceStart = false;
            } else if (c == '.' || c == '!' || c == '?' || c == '\n') {
                sentenceStart = true;
            } else if (Character.isLetterOrDigit(c)) {
                sentenceStart = false;
            }
        }
        return latin;
    }

    /** Whether the capital at {@code i} is the pronoun "I" ("I", "I'm", "I've"), a word of its own. */
    private static boolean pronounI(String text, int i) {
        return text.charAt(i) == 'I' && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                && (i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1)));
    }

    private static String apostrophes(String text) {
        String s = insertApostrophe(CONTRACTION, text);
        s = insertApostrophe(WE_ARE, s);
        s = insertApostrophe(I_WOULD, s);
        return insertApostrophe(POSSESSIVE_NAME, s);
    }

    /** Each match's two groups (the first two that took part) joined by an apostrophe: "dont" → "don't". */
    private static String insertApostrophe(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            int g = 1;
            while (m.group(g) == null) {
                g += 2;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 4);
            }
            out.append(text, copied, m.end(g)).append('\'').append(m.group(g + 1));
            copied = m.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The capitals put back; the keyboard's own are kept, and the words are read in lower case. */
    private static String capitals(String typed) {
        char[] chars = typed.toCharArray();
        String text = Utterance.lowerSameLength(typed);
        Matcher i = PRONOUN_I.matcher(text);
        while (i.find()) {
            chars[i.start()] = 'I';
        }
        for (LocationGazetteer.Match place : LocationGazetteer.find(text, text)) {
            String surface = text.substring(place.start(), place.end());
            if (place.place().latin() && !place.place().caseSensitive() && !EnglishWords.isCommonWord(surface)) {
                capitaliseWords(chars, place.start(), place.end());
            }
        }
        Matcher cue = NAME_CUE.matcher(text);
        while (cue.find()) {
            if (!PERSON_THEN_WORD.matcher(cue.group()).find() || !verbAt(text, cue.end())) {
                namesAt(text, chars, cue.end());
            }
        }
        Matcher before = NAME_BEFORE_CUE.matcher(text);
        while (before.find()) {
            nameAt(text, chars, before.start());
        }
        Matcher list = BARE_LIST.matcher(text);
        while (list.find()) {
            bareList(text, chars, list.start(), list.end());
        }
        Matcher self = I_AM_CUE.matcher(text);
        while (self.find()) {
            if (ownNameAt(text, self.end())) {
                nameAt(text, chars, self.end());
            }
        }
        Matcher at = PLACE_CUE.matcher(text);
        while (at.find()) {
            placeAt(text, chars, at.end());
        }
        Matcher acronym = ACRONYM.matcher(text);
        while (acronym.find()) {
            upper(chars, acronym.start(), acronym.end());
        }
        String capitalised = new String(chars);
        Matcher code = STATE_CODE.matcher(capitalised);
        while (code.find()) {
            upper(chars, code.start(), code.end());
        }
        return new String(chars);
    }

    /**
     * Whether the word after "i'm" is the speaker's name: no state ("introverted"), and closing its clause alone or with a
     * surname ("i am rohit sharma, not the cricketer"), so "im so tired lol" and "im singel lol" are none.
     */
    private static boolean ownNameAt(String text, int start) {
        Matcher word = WORD.matcher(text);
        if (!word.find(start) || ADJECTIVE_SHAPE.matcher(word.group()).matches()) {
            return false;
        }
        if (AFTER_OWN_NAME.matcher(text).region(word.end(), text.length()).lookingAt()) {
            return true;
        }
        Matcher second = SECOND_WORD.matcher(text);
        return second.find(word.end()) && second.start() == word.end() && couldBeName(second.group(1));
    }

    /** Whether the word at {@code start}, right after a partner or a child, is what the person does ("my husband snores"). */
    private static boolean verbAt(String text, int start) {
        Matcher word = WORD.matcher(text);
        if (!word.find(start) || word.start() != start) {
            return false;
        }
        String w = word.group();
        return VERB_SHAPE.matcher(w).matches()
                || VERB_WITH_E.matcher(w).matches() && EnglishWords.isCommonWord(w.substring(0, w.length() - 1))
                || ADVERB_NEXT.matcher(text).region(word.end(), text.length()).lookingAt();
    }

    /** A name at {@code start}, and the further names of its list. */
    private static void namesAt(String text, char[] chars, int start) {
        int end = nameAt(text, chars, start);
        while (end > 0) {
            Matcher next = LIST_NEXT.matcher(text);
            end = next.find(end) && next.start() == end ? nameAt(text, chars, next.end()) : -1;
        }
    }

    /**
     * Capitalises the word at {@code start} if it can be a name, and a second one closing the clause with it ("rohit sharma,",
     * "bobby ray."); where the name ends, or -1 if it cannot be one.
     */
    private static int nameAt(String text, char[] chars, int start) {
        Matcher word = WORD.matcher(text);
        if (!word.find(start) || word.start() != start || !couldBeName(word.group())) {
            return -1;
        }
        chars[start] = Character.toUpperCase(chars[start]);
        Matcher second = SECOND_WORD.matcher(text);
        if (second.find(word.end()) && second.start() == word.end() && couldBeName(second.group(1))) {
            chars[second.start(1)] = Character.toUpperCase(chars[second.start(1)]);
            return second.end(1);
        }
        return word.end();
    }

    /** The words of a list that is a clause of its own, capitalised when each can be a name and one is nothing else. */
    private static void bareList(String text, char[] chars, int start, int end) {
        Matcher word = LIST_WORD.matcher(text).region(start, end);
        boolean strict = false;
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        while (word.find()) {
            String w = word.group();
            if (w.equals("and")) {
                continue;
            }
            if (EnglishWords.isCommonWord(w) || !Names.plausibleEnglish(w) || !VOWEL.matcher(w).find()) {
                return;
            }
            strict |= couldBeName(w);
            starts.add(word.start());
        }
        if (strict) {
            starts.forEach(s -> chars[s] = Character.toUpperCase(chars[s]));
        }
    }

    /**
     * Whether a lower-case word can be a given name: no common word, no word that is also one ("will", "may"), no
     * contraction ("you've"), a vowel in it.
     */
    static boolean couldBeName(String word) {
        return word.length() >= 2 && word.indexOf('\'') < 0 && VOWEL.matcher(word).find() && !EnglishWords.isCommonWord(word)
                && !Names.alsoAnEverydayWord(word) && Names.plausibleEnglish(word);
    }

    /**
     * Capitalises the place at {@code start}: one the gazetteer knows only as written (york, phoenix, la) takes its
     * written form, another word its capital unless it is a common word ("in sin", "from work").
     */
    private static void placeAt(String text, char[] chars, int start) {
        Matcher word = WORD.matcher(text);
        if (!word.find(start) || word.start() != start || Character.isUpperCase(chars[start]) || ACRONYMS.contains(word.group())) {
            return;
        }
        String w = word.group();
        LocationGazetteer.Place known = LocationGazetteer.latin(w);
        if (known != null && known.caseSensitive() && known.surface().length() == w.length()) {
            known.surface().getChars(0, w.length(), chars, start);
        } else if (w.length() >= 3 && !EnglishWords.isCommonWord(w) && (known != null || Names.plausibleEnglish(w))) {
            chars[start] = Character.toUpperCase(chars[start]);
        }
    }

    private static void capitaliseWords(char[] chars, int start, int end) {
        for (int k = start; k < end; k++) {
            if (k == start || chars[k - 1] == ' ' || chars[k - 1] == '-') {
                chars[k] = Character.toUpperCase(chars[k]);
            }
        }
    }

    private static void upper(char[] chars, int start, int end) {
        for (int k = start; k < end; k++) {
            chars[k] = Character.toUpperCase(chars[k]);
        }
    }

}

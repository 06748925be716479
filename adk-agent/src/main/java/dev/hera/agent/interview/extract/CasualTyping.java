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
 * stands and the word is no common word ("my wife is lovely" stays as it is): after a partner, a child or a naming word,
 * after a marriage ("yes, to meera", "married with javier"), before "here" or "for a boy", in a list of names alone, in a
 * sentence that is a name alone ("married. hannah.", "rahul mehta."), after "i'm", after "live in" or "from", and after
 * the age or gender of an introduction ("37, female, phoenix az"). A name that is also a word ("hope", "rose") takes its
 * capital only where the position is surer ("call her hope", "a daughter, rose").
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
    /** A partner, as people say them before a name ("my wife sarah", "married to my hubby paolo"). */
    private static final String PARTNER = "wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?|spouse|hubby|wifey|missus|bf|gf";
    /** A partner or a child, as people say them before a name ("my wife sarah", "a son, leo", "the twins: ava and mia"). */
    private static final String PEOPLE = PARTNER + "|son|daughter|boy|girl|lad|lass|sons|daughters|boys|girls|kids|twins|eldest|oldest|youngest";
    /**
     * Where a name stands next: after a partner or child ("my wife sarah", "a son, leo", "a boy first, jonah", "a boy and a
     * girl: nora and levi"), after naming words ("named kai", "called becky", "let's call her grace", "his name's cian",
     * "names alfie and poppy"), after a marriage ("married to bronwen", "married with javier", "forty years this june to my
     * darlene", "yes, to meera", "yep, with sam"; "with" only after a yes: "tall, with specs" names nobody). How sure the
     * place is, the groups say: a partner or child followed by a space only ({@code weak}: "my husband snores"), "with" and
     * "myself" are the least sure; a naming word ({@code naming}) is the surest, a name that is also a word ("call her
     * hope") stands there.
     */
    private static final Pattern NAME_CUE = Pattern.compile(
            "\\b(?:(?:" + PEOPLE + ")(?:\\s+(?:first|second|next))?(?:\\s*[,:.—–-]\\s*|\\s+is\\s+(?=\\p{L}+(?:\\s*[,.!;]|\\s*$))|(?<weak>\\s+))"
                    + "|(?<naming>named|called|call (?:me|her|him|them)|name (?:her|him|them)|names?(?:'s| is| are)?(?:\\s*,\\s*(?:hmm+|um+|uh+))?)"
                    + "(?:\\s*[,:—–]\\s*|\\s+)"
                    + "|(?:(?:married|engaged|partnered|hitched) (?:to|with)|years?(?:\\s+\\p{L}+){0,2}?\\s+to)(?: my(?: (?:" + PARTNER + "))?)?\\s+"
                    + "|(?:^|(?<=[.!?,;:—–-]\\s{0,2}))to(?: my)?\\s+|(?<=\\b(?:yes|yep|yeah|yup)[,!.]?\\s{1,2})(?<with>with)\\s+"
                    + "|(?<myself>myself)\\s+)");
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
     * A name said before the words that place it, opening its clause: "mick here", "greg olsen here", "tam and i got hitched".
     */
    private static final Pattern NAME_BEFORE_CUE = Pattern.compile(
            "(?:^|(?<=[.!?,;:—–-]\\s{0,2}))\\p{L}+(?:\\s\\p{L}+)?(?=\\s+here\\b)|(?:^|(?<=[.!?,;:—–-]\\s{0,2}))\\p{L}+(?=\\s+(?:and|n|&)\\s+i\\s+(?!am\\b|'m\\b))");
    /**
     * A child's name said before the child it is for, wherever it stands: "leo for a boy and mia for a girl", "vikram for
     * boy", "orla for the eldest", "zora if it's a girl and miles if it's a boy".
     */
    private static final Pattern NAME_FOR_CHILD = Pattern.compile(
            "\\b\\p{L}+(?=\\s+(?:for|if (?:it's|its|it is|we have|we get))(?: a| the)? (?:boy|girl|son|daughter|eldest|oldest|youngest)\\b)");
    /**
     * A clause that is a list of names and nothing else: "jack and harry", "logan, carter, brody", "june, rose and hank",
     * "so lucas and elena", "😂 mateo and carmen", "three. tadhg, niamh, and a third we haven't named".
     */
    private static final Pattern BARE_LIST = Pattern.compile(
            "(?:^|(?<=[.!?;:—–\\-\\p{So}]\\s{0,2})|(?<=[.!?;:—–\\-\\p{So}]\\s{0,2}(?:so|ok|okay|then|maybe|probably)\\s))"
                    + "(?:\\p{L}+\\s*,\\s*)*\\p{L}+(?:\\s*,?\\s+(?:and|&)\\s+|\\s*,\\s*)\\p{L}+"
                    + "(?=\\s*(?:[.!?;—–-]|$)|\\s*,\\s*(?:and|or|plus)\\s+(?:a|an|the|one|maybe)\\b)");
    /** A sentence that is a name of two words and nothing else: "rahul mehta.", "one daughter only. hui min." */
    private static final Pattern BARE_NAME = Pattern.compile("(?:^|(?<=[.!?]\\s{1,3})|(?<=\\n))(\\p{L}+)\\s(\\p{L}+)(?=\\s*(?:[.!?]|$))");
    /**
     * A word that opens a sentence (or a correction: "*sneha") and closes its clause alone, which a phone's keyboard would
     * have capitalised: given its capital where it can be a name or is a place ("married. hannah." reads "married.
     * Hannah.", "alasdair, i think", "gurugram."); "wait is this…" and "rafa is calm" stay as typed.
     */
    private static final Pattern SENTENCE_START = Pattern.compile(
            "(?:^|(?<=^\\*)|(?<=[.!?]\\s{1,3})|(?<=\\n))\\p{Ll}[\\p{L}'-]*(?=\\s*(?:[.,!?;:—–\\p{So}]|$))");
    /** Japanese said in Latin letters after a name, no second name: "mika desu". */
    private static final Set<String> ROMAJI_COPULA = Set.of("desu", "dayo", "deshita", "da");
    private static final Pattern LIST_WORD = Pattern.compile("\\p{L}+");
    /** "i'm owen, 27", "im brianna but call me bri": the speaker's name, closing its clause or followed by an age or a place. */
    private static final Pattern I_AM_CUE = Pattern.compile("\\bi(?:'m| am)\\s+(?=\\p{L})");
    /**
     * What may follow the speaker's name after "i'm": the clause's end, a dash or a bracket ("i'm margaret — peggy to
     * everyone", "i'm bev (beverley)"), "and", "but", "here", "from", an age.
     */
    private static final Pattern AFTER_OWN_NAME = Pattern.compile("\\G(?:\\s*[,.!;(]|\\s*$|\\s+[—–-]\\s|\\s+(?:and|but|here|from|\\d))");
    /**
     * A word said after "i'm" that is a state or its degree, not a name ("introverted", "relaxed", "impulsive", "nervous",
     * "selfish", "fiercely", "honestly"); Mohammed, Kelly and Beverly are names.
     */
    private static final Pattern ADJECTIVE_SHAPE = Pattern.compile("\\p{L}{3,}(?:[^m]ed|ive|ous|ish|ful|ely|tly|bly|ingly|edly)");
    /** A further name of a list: "…, megan", "… and levi", "… & poppy". */
    private static final Pattern LIST_NEXT = Pattern.compile("\\G(?:\\s*,\\s*(?:and\\s+|&\\s*)?|\\s+(?:and|&|n)\\s+)");
    /** How people say their gender in a list that introduces them ("29, bloke, leeds"). */
    private static final String GENDER_WORDS = "female|male|woman|man|guy|girl|bloke|lady|fella|dude|non-binary|wahine";
    /**
     * Where a place stands next: "i live in parramatta", "a village near york", "from columbus", "staying tampines", and in a
     * list that introduces the speaker, after the age or the gender, closing its item ("23 f, la", "37, female, phoenix az",
     * "kirsty, 24, heaton in newcastle"; "she is 31, fair complexion", "big guy, red beard" and "36, woman, early thirties"
     * are none).
     */
    private static final Pattern PLACE_CUE = Pattern.compile(
            "\\b(?:live in|living in|based in|reside in|residing in|resident in|moved to|i'm in|i am in|stay(?:ing)?(?: in)?|near|outside(?: of)?|from)\\s+"
                    + "|(?:(?:^|(?<=[,.!]\\s{0,2})|(?<=\\bi'm\\s|\\bi am\\s))\\d{2}\\s?[fm]?|(?<=\\d{2},\\s{0,2}|\\d{2}\\s)(?:" + GENDER_WORDS + "))\\s*,\\s+"
                    + "(?!(?:" + GENDER_WORDS + "|early|mid|late)\\b)(?=\\p{L}+(?:\\s\\p{L}+)?(?:\\s*[,.!;]|\\s*$|\\s+in\\b))");
    /** A word that goes on a place's name after it: "quezon city", "forest hills", "logan square", "pretoria east". */
    private static final Pattern PLACE_TAIL = Pattern.compile(
            "\\G\\s(?:city|town|county|hills?|heights|park|square|beach|village|valley|springs|falls|island|bay|east|west|north|south)\\b");
    /** A second word of a name, closing its clause: "rohit sharma, not the cricketer", "lily mae.", "greg olsen here". */
    private static final Pattern SECOND_WORD = Pattern.compile("\\G\\s(\\p{L}[\\p{L}'-]*)(?=\\s*(?:[,.!;:)—–]|$)|\\s+(?:and|but|here)\\b)");
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
    /**
     * Names that are also words and, said of a person, more often the word: "my husband is lucky", "my wife is sunny";
     * only a naming word ("call her sunny") makes them names.
     */
    private static final Set<String> SAID_OF_A_PERSON = Set.of("lucky", "sunny", "honey", "king", "star", "rock");
    /** A verb after "will" or "may", which makes it the verb's helper: "her name will be diya". */
    private static final Pattern VERB_NEXT = Pattern.compile("\\G\\s+(?:be|have|not|also|probably|definitely)\\b");

    /** How sure a position is that a name stands there, and so which words it takes for one. */
    private enum Cue {
        /** After a partner and a space ("my wife sarah"), "with", "myself": a word that can only be a name. */
        WEAK,
        /** After "my wife is", "married to", "a son, ", before "for a boy": also a name that is a word ("hope", "rose"). */
        PLACED,
        /** After a naming word ("named", "call her"): any name, also one said of a person ("sunny"). */
        NAMING
    }

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
                namesAt(text, chars, cue.end(), cueOf(cue));
            }
        }
        Matcher before = NAME_BEFORE_CUE.matcher(text);
        while (before.find()) {
            int second = text.indexOf(' ', before.start());
            if (nameAt(text, chars, before.start(), Cue.WEAK) < 0 && second > 0 && second < before.end()) {
                nameAt(text, chars, second + 1, Cue.WEAK);
            }
        }
        Matcher child = NAME_FOR_CHILD.matcher(text);
        while (child.find()) {
            nameAt(text, chars, child.start(), Cue.PLACED);
        }
        Matcher list = BARE_LIST.matcher(text);
        while (list.find()) {
            bareList(text, chars, list.start(), list.end());
        }
        Matcher bare = BARE_NAME.matcher(text);
        while (bare.find()) {
            if (couldBeName(bare.group(1)) && couldBeName(bare.group(2)) && !ROMAJI_COPULA.contains(bare.group(2))) {
                chars[bare.start(1)] = Character.toUpperCase(chars[bare.start(1)]);
                chars[bare.start(2)] = Character.toUpperCase(chars[bare.start(2)]);
            }
        }
        Matcher self = I_AM_CUE.matcher(text);
        while (self.find()) {
            if (ownNameAt(text, self.end())) {
                nameAt(text, chars, self.end(), Cue.WEAK);
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
        Matcher start = SENTENCE_START.matcher(text);
        while (start.find()) {
            if (couldBeName(start.group()) || LocationGazetteer.latin(start.group()) != null && !EnglishWords.isCommonWord(start.group())) {
                chars[start.start()] = Character.toUpperCase(chars[start.start()]);
            }
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

    /** How sure the cue found is that a name follows it. */
    private static Cue cueOf(Matcher cue) {
        if (cue.group("naming") != null) {
            return Cue.NAMING;
        }
        return cue.group("weak") != null || cue.group("with") != null || cue.group("myself") != null ? Cue.WEAK : Cue.PLACED;
    }

    /** A name at {@code start}, and the further names of its list ("alfie and rose": a list of names takes "rose"). */
    private static void namesAt(String text, char[] chars, int start, Cue cue) {
        int end = nameAt(text, chars, start, cue);
        Cue further = cue == Cue.WEAK ? Cue.PLACED : cue;
        while (end > 0) {
            Matcher next = LIST_NEXT.matcher(text);
            end = next.find(end) && next.start() == end ? nameAt(text, chars, next.end(), further) : -1;
        }
    }

    /**
     * Capitalises the word at {@code start} if it can be a name, and a second one closing the clause with it ("rohit sharma,",
     * "bobby ray."); where the name ends, or -1 if it cannot be one.
     */
    private static int nameAt(String text, char[] chars, int start, Cue cue) {
        Matcher word = WORD.matcher(text);
        if (!word.find(start) || word.start() != start || !nameAfter(word.group(), cue)
                || VERB_NEXT.matcher(text).region(word.end(), text.length()).lookingAt()) {
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
     * Whether a lower-case word is a name where the cue stands: one that can only be a name anywhere, a name that is also a
     * word ("hope", "bill", "rose") after a surer cue, one said of a person ("sunny") only after a naming word.
     */
    private static boolean nameAfter(String word, Cue cue) {
        if (couldBeName(word)) {
            return true;
        }
        return cue != Cue.WEAK && Names.alsoAnEverydayWord(word) && Names.plausibleEnglish(word) && !EnglishWords.isCommonWord(word)
                && (cue == Cue.NAMING || !SAID_OF_A_PERSON.contains(word));
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
     * written form, another word its capital unless it is a common word ("in sin", "from work"); a word that goes on a
     * place's name after it ("quezon city") takes its capital too.
     */
    private static void placeAt(String text, char[] chars, int start) {
        Matcher word = WORD.matcher(text);
        if (!word.find(start) || word.start() != start || ACRONYMS.contains(word.group()) || word.group().indexOf('\'') >= 0) {
            return;
        }
        String w = word.group();
        LocationGazetteer.Place known = LocationGazetteer.latin(w);
        if (Character.isUpperCase(chars[start])) {
            placeTail(text, chars, word.end());
        } else if (known != null && known.caseSensitive() && known.surface().length() == w.length()) {
            known.surface().getChars(0, w.length(), chars, start);
        } else if (w.length() >= 3 && !EnglishWords.isCommonWord(w) && (known != null || Names.plausibleEnglish(w))) {
            chars[start] = Character.toUpperCase(chars[start]);
            placeTail(text, chars, word.end());
        }
    }

    /** Capitalises a word that goes on a place's name right after it at {@code end}: "Quezon city" → "Quezon City". */
    private static void placeTail(String text, char[] chars, int end) {
        Matcher tail = PLACE_TAIL.matcher(text);
        if (tail.find(end) && tail.start() == end) {
            chars[end + 1] = Character.toUpperCase(chars[end + 1]);
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

package dev.hera.agent.interview.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hera.model.BigFive;
import dev.hera.model.ChildWish;
import dev.hera.model.Language;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.RelationshipStatus.PartnerField;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileField;
import dev.hera.profile.ProfileMerge;

/**
 * The offline engine's understanding of one user message: deterministic, without network or
 * model, for Japanese and English (both are always read; people mix them). Stateless and
 * thread-safe: all lexicons and patterns are immutable and built once.
 * <p>
 * The message is normalised ({@link Utterance}), split into parts about the user, the partner, a
 * child or someone else ({@link Subjects}), and read by one extractor per concern: age, gender,
 * relationship status, location, income, personality, partner, children, the user's name.
 * Partner facts go to the partner the relationship status requires (status known or stated in
 * this message); while it is unknown, to the partner the message points at (妻/夫/wife → current,
 * 理想/ideal/would like → ideal), else the ideal partner.
 */
public final class ProfileExtractor {

    /** 「二人ほしい」, 「女の子と男の子で」, "2 kids", "a boy and a girl": a first sentence that answers about the children. */
    private static final Pattern CHILDREN_FIRST = Pattern.compile(
            "^[^。.!?！？\\n]*?(?:[一二三四五六1-6]\\s*人|ひとり|ふたり|男の子|女の子|男女|子ども|子供|こども|双子|\\bkids?\\b|\\bchild(?:ren)?\\b"
                    + "|\\bboys?\\b|\\bgirls?\\b|\\bsons?\\b|\\bdaughters?\\b|\\btwins\\b|^\\s*\\d\\b)");
    /** 「いるよ、…」, 「はい、います。」: the answer that a partner exists, opening the message. */
    private static final Pattern PARTNER_EXISTS = Pattern.compile(
            "^\\s*(?:うん|はい|ええ|おう)?[、,\\s]*(?:い(?:る|ます|てる)|お(?:る|ります))(?:よ|で|ね|わ|けど|っす|[〜ー~!！、,。\\s]|$)");

    /**
     * Reads one message.
     *
     * @param message  what the user typed
     * @param language the session's language
     * @param current  the profile so far (null for none); gives context, is not changed
     * @param lastHeraQuestionOrNull what Hera said last, so that a bare answer ("35", 「大阪」)
     *                 is understood
     * @return the fragment of this message, what was understood, and what was corrected
     */
    public Extraction extract(String message, Language language, UserProfile current, String lastHeraQuestionOrNull) {
        return extract(message, language, current, lastHeraQuestionOrNull, false);
    }

    /**
     * The same, knowing whether the message is the person's first of the session: whatever Hera's
     * greeting asked, the first message is a self-introduction, and 「さおりです。36歳、女性。」 or
     * "hey, Chris here" opens it with the person's name.
     */
    public Extraction extract(String message, Language language, UserProfile current, String lastHeraQuestionOrNull,
            boolean firstMessage) {
        Utterance utterance = Utterance.of(message);
        if (utterance.isEmpty()) {
            return Extraction.none();
        }
        UserProfile profile = current == null ? UserProfile.empty() : current;
        Set<String> partnerNames = new LinkedHashSet<>();
        addName(partnerNames, profile.currentPartner());
        addName(partnerNames, profile.idealPartner());
        // 「しおりさんはどんな方？」: Hera asks about the partner by name before the name is stored
        String asked = LastQuestion.personAsked(lastHeraQuestionOrNull, profile.userName());
        if (asked != null) {
            partnerNames.add(asked);
        }
        LastQuestion question = LastQuestion.of(lastHeraQuestionOrNull, partnerNames);
        // 「しゅんです。30。男」 after Hera asked the age, the gender and the place: while the person's name is unknown, an
        // answer about their own facts may open with it, as the first message does
        LastQuestion askedByHera = question;
        boolean offered = !firstMessage && profile.userName() == null && asksOwnFacts(question) && saysMoreThanOneThing(utterance);
        if (firstMessage || offered) {
            question = question.withSelfIntroduction();
        }
        // 「いるよ、付き合って2年のレン。…」 answering whether there is a partner: what follows is about them
        // (not when Hera asked for the person's own age, place or pay too: 「います。28歳です」 is theirs)
        boolean partnerSaidToExist = question.asked(LastQuestion.Topic.STATUS) && question.asked(LastQuestion.Topic.PARTNER)
                && !question.asked(LastQuestion.Topic.AGE) && !question.asked(LastQuestion.Topic.LOCATION)
                && !question.asked(LastQuestion.Topic.INCOME) && !question.asked(LastQuestion.Topic.USER_PERSONALITY)
                && PARTNER_EXISTS.matcher(utterance.text).lookingAt();
        // Hera asked for the partner and the children: an answer about the partner unless it opens with the children
        boolean opensWithChildren = question.asked(LastQuestion.Topic.CHILDREN) && CHILDREN_FIRST.matcher(utterance.lower).find();
        boolean aboutPartner = question.onlyAboutPartner() && !opensWithChildren;
        Subject initial = aboutPartner || partnerSaidToExist ? Subject.PARTNER : Subject.USER;
        Subjects subjects = Subjects.of(utterance, initial, partnerNames);
        if (initial == Subject.USER && describesLooksUnmarked(utterance, question, profile, subjects)) {
            initial = Subject.PARTNER;
            subjects = Subjects.of(utterance, initial, partnerNames);
        }
        // "Would you share your income? What is Rich like?": a character or looks said without a subject are the
        // partner's; the person's own facts are still read from the person's clauses
        boolean describingPartner = question.asksPartnerDescription() && !opensWithChildren;
        Context ctx = new Context(utterance, language, profile, question, subjects);
        NameCheck confirmed = NameConfirmation.read(ctx);
        String newName = PartnerExtractor.name(ctx);
        if (newName == null && confirmed != null && confirmed.whose() == NameCheck.Whose.PARTNER) {
            newName = confirmed.name();
        }
        boolean rebuild = newName != null && partnerNames.add(newName);
        if (initial == Subject.USER && !opensWithChildren && answersPartnerFirst(utterance, question, ctx.subjects(), newName)) {
            initial = Subject.PARTNER;
            rebuild = true;
        }
        if (rebuild) {
            ctx = ctx.withSubjects(Subjects.of(utterance, initial, partnerNames));
        }

        Set<ProfileField> corrected = EnumSet.noneOf(ProfileField.class);
        RelationshipExtractor.Result relationship = RelationshipExtractor.extract(ctx);
        AgeExtractor.Result age = AgeExtractor.extract(ctx);
        GenderExtractor.Result gender = GenderExtractor.extract(ctx);
        LocationExtractor.Result location = LocationExtractor.extract(ctx);
        IncomeExtractor.Result income = IncomeExtractor.extract(ctx);
        Context described = describingPartner && initial == Subject.USER
                ? ctx.withSubjects(Subjects.of(utterance, Subject.PARTNER, partnerNames)) : ctx;
        TraitExtractor.Result traits = TraitExtractor.extract(described);
        PartnerExtractor.Result partner = PartnerExtractor.extract(described, traits, age.partner(), newName);
        List<ChildWish> children = ChildrenExtractor.extract(ctx);
        String userName = NameExtractor.extract(ctx);
        // 「31。呉」: a name offered unasked is said as a name (「じゃあ、なつみです。」, 「ゆうや 19さい」); a bare word after
        // other answers answers what Hera asked
        if (offered && userName != null && !saidAsName(utterance.text, userName)) {
            userName = NameExtractor.extract(new Context(utterance, language, profile, askedByHera, ctx.subjects()));
        }
        if (userName == null && confirmed != null && confirmed.whose() == NameCheck.Whose.USER) {
            userName = confirmed.name();
        }
        children = withConfirmedChild(children, confirmed);
        if (userName != null && userName.equals(partner.nameFound())) {
            userName = null;
        }
        mark(corrected, ProfileField.AGE, age.userCorrected());
        mark(corrected, ProfileField.GENDER, gender.corrected());
        mark(corrected, ProfileField.RELATIONSHIP_STATUS, relationship.corrected());
        mark(corrected, ProfileField.LOCATION, location.corrected());
        mark(corrected, ProfileField.INCOME_RANGE, income.corrected());

        RelationshipStatus status = relationship.status();
        PartnerField side = partnerSide(ctx, status != null ? status : profile.relationshipStatus(), asked);
        Partner found = adding(ctx, withoutOwnName(partner.partner(), userName), profile.partner(side));
        String face = found == null ? null : found.appearance();
        // 「石川です」 given as the name is no place
        String place = userName != null && userName.equals(location.location()) || surnameSaidFirst(utterance, userName, location.location())
                ? null : location.location();
        UserProfile fragment = new UserProfile(userName, age.user(), gender.gender(), status, place,
                income.income(), traits.user(), face, children,
                side == PartnerField.CURRENT ? found : null, side == PartnerField.IDEAL ? found : null,
                null, null, null, null, null);
        return new Extraction(fragment, understood(fragment, side), corrected, nameToCheck(ctx, fragment));
    }

    /**
     * Whether a Japanese message says more than one thing (「しゅんです。30。男」, 「りょうです 22さい おとこ」, 「中村理恵、43歳の
     * 女性です。」): a bare word (「中野です」) answers what Hera asked, a place or a gender, and is no introduction.
     */
    private static boolean saysMoreThanOneThing(Utterance utterance) {
        return PartnerExtractor.isJapanese(utterance.text) && SEVERAL_PARTS.matcher(utterance.text.strip()).find();
    }

    /** A break between two parts of a message: a sentence end, a comma or a space between words. */
    private static final Pattern SEVERAL_PARTS = Pattern.compile("\\S[。、,!！?？\\s]+\\S");

    /** Whether the name is said as one: opening the message, or followed by a copula, a comma or a space. */
    private static boolean saidAsName(String text, String name) {
        int at = text.indexOf(name);
        return at >= 0 && (text.strip().startsWith(name) || NAME_CLOSED.matcher(text).region(at + name.length(), text.length()).lookingAt());
    }

    /** What follows a name said as one: 「です」, 「っす」, 「と申します」, a comma or a space before more. */
    private static final Pattern NAME_CLOSED = Pattern.compile(
            "(?:です|でーす|っす|だよ|や(?:で|ねん)?|じゃ|と申します|といいます|って(?:いい|言い)ます)|[、,]\\s*\\S|\\s+\\S");

    /**
     * 「工藤です。工藤さち、四十二になります」, 「前川です。下の名前は亮」: the surname said first, as the person gives their name in
     * the same message, is no place, though a town may bear it.
     */
    private static boolean surnameSaidFirst(Utterance utterance, String userName, String place) {
        if (userName == null || place == null) {
            return false;
        }
        Matcher surname = SURNAME_FIRST.matcher(utterance.text);
        return userName.startsWith(place) || surname.lookingAt() && surname.group(1).equals(place);
    }

    /** 「前川です。」, 「工藤と申します、」 opening the message. */
    private static final Pattern SURNAME_FIRST = Pattern.compile(
            "^\\s*(\\p{IsHan}{1,3})(?:です|と申します|といいます)[。、,!！\\s]");

    /** Whether Hera asked for some of the person's own facts (age, gender, place, income), none of the partner or children. */
    private static boolean asksOwnFacts(LastQuestion question) {
        boolean own = question.asked(LastQuestion.Topic.AGE) || question.asked(LastQuestion.Topic.GENDER)
                || question.asked(LastQuestion.Topic.LOCATION) || question.asked(LastQuestion.Topic.INCOME);
        return own && !question.asked(LastQuestion.Topic.PARTNER) && !question.asked(LastQuestion.Topic.CHILDREN);
    }

    /**
     * Whether the message tells how someone looks before it names anyone, after Hera asked what the partner is
     * like along with something of the person's own (「パートナーの和子さんは、どんな方でしょう？性格と外見を教えて
     * いただけますか？あなたはどんな性格ですか？」, or her income): Hera asks no one's looks but the partner's, so
     * 「働きもんで、よく笑う。見た目はふくよかで、ほっぺが赤い」 describes the partner throughout, where
     * 「明るいってよく言われます。彼は背が高い」 (the partner named first) or 「私は几帳面。見た目は…」 (the person
     * first) keeps its subjects. So too once the person has told of a partner, whatever Hera asked last (she may ask
     * only the person's own character and status just after thanking for the partner's name).
     */
    private static boolean describesLooksUnmarked(Utterance utterance, LastQuestion question, UserProfile profile, Subjects subjects) {
        // (not in an answer about the children: 「何人いてもかわいい」 speaks of them)
        boolean partnerKnown = (profile.currentPartner() != null || profile.idealPartner() != null)
                && !question.asked(LastQuestion.Topic.CHILDREN);
        if (!partnerKnown && !question.asked(LastQuestion.Topic.PARTNER_PERSONALITY) && !question.asked(LastQuestion.Topic.PARTNER_LOOKS)) {
            return false;
        }
        int looks = firstLookWord(utterance);
        return looks >= 0 && subjects.markers().stream()
                .noneMatch(m -> m.subject() != null && m.subject() != Subject.PARTNER && m.start() < looks);
    }

    /**
     * Whether the answer takes the partner first, after Hera asked what the partner is like and what the person is like
     * (「パートナーの恵子さんは、どんな方でしょう？性格と外見を教えていただけますか？あなたはどんな性格ですか？」): before
     * anyone is made its topic (「私は」, 「わしって」, 「けんとは」), it gives the name asked (「ゆうきです。」 opening it,
     * 「名前は…さくらさん、とか」), ends a sentence on the one it describes (「料理が上手で、家庭的な人。」), or tells looks,
     * which Hera asks of no one but the partner. The speaker as the subject or owner inside a clause (「僕が失敗しても
     * 笑い飛ばしてくれる人」, 「わしが忘れとることも全部覚えとる」, 「私のわがままを聞いてくれる」) makes no topic.
     * 「几帳面で、予定はきっちり立てるタイプ」 tells none of these and stays the person's.
     */
    private static boolean answersPartnerFirst(Utterance utterance, LastQuestion question, Subjects subjects, String newName) {
        boolean partnerAsked = question.asked(LastQuestion.Topic.PARTNER_PERSONALITY) || question.asked(LastQuestion.Topic.PARTNER_LOOKS)
                || question.asked(LastQuestion.Topic.PARTNER_NAME);
        if (!partnerAsked || !question.asked(LastQuestion.Topic.USER_PERSONALITY) || utterance.sentences.isEmpty()) {
            return false;
        }
        int topic = utterance.text.length();
        for (Subjects.Marker marker : subjects.markers()) {
            if (marker.subject() == null) {
                continue;
            }
            boolean inner = marker.subject() == Subject.USER && JA_INNER_SPEAKER.matcher(utterance.text.substring(marker.start(), marker.end())).find();
            if (!inner) {
                topic = Math.min(topic, marker.start());
            }
        }
        int firstSentenceEnd = utterance.sentences.get(0).end();
        int name = newName == null ? -1 : utterance.text.indexOf(newName);
        if (name >= 0 && name < Math.min(topic, firstSentenceEnd)) {
            return true;
        }
        Matcher label = JA_NAME_LABEL.matcher(utterance.text);
        if (label.find() && label.start() < topic) {
            return true;
        }
        for (Utterance.Sentence sentence : utterance.sentences) {
            if (sentence.start() < topic && JA_ENDS_ON_PERSON.matcher(sentence.text()).find()) {
                return true;
            }
        }
        int looks = firstLookWord(utterance);
        return looks >= 0 && looks < topic;
    }

    /** 「僕が」, 「私の」: the speaker as the subject or owner inside a clause, not its topic. */
    private static final Pattern JA_INNER_SPEAKER = Pattern.compile("[がの]$");
    /** 「名前は」, 「なまえは…」: the name asked, given. */
    private static final Pattern JA_NAME_LABEL = Pattern.compile("(?:名前|なまえ|ナマエ)(?:は|が|:)");
    /**
     * 「…笑い飛ばしてくれる人。」, 「家庭的な人がいいな」: a sentence that ends on the person it describes (not on a number of
     * them, 「二人。」, nor on a word of 人, 「恋人」, 「友人」).
     */
    private static final Pattern JA_ENDS_ON_PERSON = Pattern.compile(
            "(?<=[\\p{IsHiragana}\\p{IsHan}ー])(?<![一二三四五六七八九十何数恋友知])(?:人|ひと)(?:です|だ|やな|やね|がいい(?:な|です)?|が理想|がええ|かな|ですね|だね|なんです)?"
                    + "[。.!！?？〜ー…♪\\s\\p{So}\\x{1F000}-\\x{1FAFF}]*$");

    /** Where the first look word of the message starts (each lexicon read over its own script), or -1. */
    private static int firstLookWord(Utterance utterance) {
        Matcher ja = LooksLexicon.JA.matcher(utterance.text);
        Matcher en = LooksLexicon.EN.matcher(utterance.lower);
        int first = ja.find() ? ja.start() : -1;
        if (en.find() && (first < 0 || en.start() < first)) {
            first = en.start();
        }
        return first;
    }

    /**
     * 「奈緒子です。夫は隆之といって…」 answering 「お名前と、旦那さまのことを教えてください」: the clause that gives the
     * person's own name describes no partner.
     */
    private static Partner withoutOwnName(Partner found, String userName) {
        if (found == null || userName == null || found.temperament() == null || !found.temperament().contains(userName)) {
            return found;
        }
        String separator = found.temperament().contains("、") ? "、" : ", ";
        List<String> kept = java.util.Arrays.stream(found.temperament().split(separator)).filter(part -> !part.contains(userName)).toList();
        return new Partner(found.name(), found.age(), found.personalityTraits(), kept.isEmpty() ? null : String.join(separator, kept),
                found.hobbies(), found.speakingStyle(), found.appearance());
    }

    /**
     * The partner is described over several answers ("She's stubborn", then "She's blonde", then
     * "she's also super generous"; 「優しい人」, then 「あと、笑顔がかわいい」): what the person adds to the
     * partner's looks or temperament is kept beside what they said before. Only a message that opens
     * by taking something back (「いや、」, "Actually, no") replaces it.
     */
    private static Partner adding(Context ctx, Partner found, Partner before) {
        if (found == null || before == null || TAKING_BACK.matcher(ctx.lower()).find()) {
            return found;
        }
        return new Partner(found.name(), found.age(), found.personalityTraits(), joined(before.temperament(), found.temperament()),
                found.hobbies(), found.speakingStyle(), joined(before.appearance(), found.appearance()));
    }

    private static String joined(String before, String added) {
        if (before == null || added == null || before.contains(added)) {
            return added == null ? null : before == null ? added : before;
        }
        if (added.contains(before)) {
            return added;
        }
        boolean japanese = added.codePoints().anyMatch(c -> c >= 0x3040);
        String both = before + (japanese ? "、" : "; ") + added;
        return both.length() <= MAX_DESCRIPTION ? both : added;
    }

    /** Descriptions kept over several answers stay short enough for a portrait prompt and a story. */
    private static final int MAX_DESCRIPTION = 240;

    private static final Pattern TAKING_BACK = Pattern.compile(
            "^\\W*(?:いや|いえ|いいえ|違う|違います|ちがう|ちゃう|訂正|actually|no\\b|correction|sorry|wait|i mean|scratch that)(?=[\\s、,!！。.]|$)");

    /** A child's name confirmed after Hera asked (「うん」 to 「女の子のお名前は「花」、でいいのかな？」). */
    private static List<ChildWish> withConfirmedChild(List<ChildWish> children, NameCheck confirmed) {
        if (confirmed == null || confirmed.whose().gender() == null && confirmed.whose() != NameCheck.Whose.CHILD) {
            return children;
        }
        List<ChildWish> all = children == null ? new ArrayList<>() : new ArrayList<>(children);
        for (int i = 0; i < all.size(); i++) {
            ChildWish child = all.get(i);
            if (confirmed.name().equals(child.name())) {
                all.set(i, new ChildWish(child.desiredGender() != null ? child.desiredGender() : confirmed.whose().gender(),
                        child.name(), child.order()));
                return List.copyOf(all);
            }
        }
        all.add(new ChildWish(confirmed.whose().gender(), confirmed.name(), null));
        return List.copyOf(all);
    }

    /**
     * The first name the extractors doubted that this message did not also give plainly, and that
     * the profile does not hold already (a name once confirmed is not asked again).
     */
    private static NameCheck nameToCheck(Context ctx, UserProfile fragment) {
        if (ctx.doubts().isEmpty()) {
            return null;
        }
        UserProfile merged = ProfileMerge.merge(ctx.current(), fragment);
        for (NameCheck doubt : ctx.doubts()) {
            if (!knownName(merged, doubt.name())) {
                return doubt;
            }
        }
        return null;
    }

    private static boolean knownName(UserProfile profile, String name) {
        return name.equals(profile.userName())
                || profile.currentPartner() != null && name.equals(profile.currentPartner().name())
                || profile.idealPartner() != null && name.equals(profile.idealPartner().name())
                || profile.childrenInfo() != null && profile.childrenInfo().stream().anyMatch(child -> name.equals(child.name()));
    }

    private static void addName(Set<String> names, Partner partner) {
        if (partner != null && partner.name() != null && !partner.name().isBlank()) {
            names.add(partner.name());
        }
    }

    private static void mark(Set<ProfileField> corrected, ProfileField field, boolean flag) {
        if (flag) {
            corrected.add(field);
        }
    }

    private static PartnerField partnerSide(Context ctx, RelationshipStatus status, String asked) {
        if (status != null) {
            return status.partnerField();
        }
        PartnerField implied = ctx.subjects().impliedPartner();
        if (implied != null) {
            return implied;
        }
        // 「美月さんはどんな方ですか？」: Hera asks about a partner she knows by name, whichever her wording suggests
        UserProfile known = ctx.current();
        if (asked != null && known.currentPartner() != null
                && (asked.equals(known.currentPartner().name()) || known.currentPartner().name() == null && known.idealPartner() == null)) {
            return PartnerField.CURRENT;
        }
        if (asked != null && known.idealPartner() != null && asked.equals(known.idealPartner().name())) {
            return PartnerField.IDEAL;
        }
        if (ctx.question().side() == LastQuestion.RelationshipSide.CURRENT) {
            return PartnerField.CURRENT;
        }
        if (ctx.question().side() == LastQuestion.RelationshipSide.IDEAL) {
            return PartnerField.IDEAL;
        }
        UserProfile current = ctx.current();
        return current.currentPartner() != null && current.idealPartner() == null ? PartnerField.CURRENT : PartnerField.IDEAL;
    }

    private static List<String> understood(UserProfile f, PartnerField side) {
        List<String> notes = new ArrayList<>();
        note(notes, "user_name", f.userName());
        note(notes, ProfileField.AGE.jsonName(), f.age());
        note(notes, ProfileField.GENDER.jsonName(), f.gender() == null ? null : f.gender().value());
        note(notes, ProfileField.RELATIONSHIP_STATUS.jsonName(), f.relationshipStatus() == null ? null : f.relationshipStatus().code());
        note(notes, ProfileField.LOCATION.jsonName(), f.location());
        note(notes, ProfileField.INCOME_RANGE.jsonName(), f.incomeRange());
        traits(notes, ProfileField.USER_PERSONALITY_TRAITS.jsonName(), f.userPersonalityTraits());
        note(notes, ProfileField.PARTNER_FACE_DESCRIPTION.jsonName(), f.partnerFaceDescription());
        if (f.childrenInfo() != null) {
            for (int i = 0; i < f.childrenInfo().size(); i++) {
                ChildWish child = f.childrenInfo().get(i);
                notes.add(ProfileField.CHILDREN_INFO.jsonName() + "[" + (i + 1) + "]="
                        + (child.desiredGender() == null ? "?" : child.desiredGender().value()) + "/"
                        + (child.name() == null ? "?" : child.name()));
            }
        }
        Partner partner = f.partner(side);
        if (partner != null) {
            String prefix = ProfileField.of(side).jsonName() + ".";
            note(notes, prefix + "name", partner.name());
            note(notes, prefix + "age", partner.age());
            note(notes, prefix + "temperament", partner.temperament());
            note(notes, prefix + "appearance", partner.appearance());
            traits(notes, prefix + "personality_traits", partner.personalityTraits());
        }
        return notes;
    }

    private static void note(List<String> notes, String key, Object value) {
        if (value != null) {
            notes.add(key + "=" + value);
        }
    }

    private static void traits(List<String> notes, String prefix, BigFive traits) {
        if (traits == null) {
            return;
        }
        for (BigFive.Trait trait : BigFive.Trait.values()) {
            Double value = trait.valueIn(traits);
            if (value != null) {
                notes.add(prefix + "." + trait.jsonName() + "=" + value);
            }
        }
    }
}

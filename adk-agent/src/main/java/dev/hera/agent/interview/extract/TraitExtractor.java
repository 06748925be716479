package dev.hera.agent.interview.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hera.agent.interview.extract.PersonalityLexicon.Effect;
import dev.hera.agent.interview.extract.PersonalityLexicon.Entry;
import dev.hera.agent.interview.extract.PersonalityLexicon.Form;
import dev.hera.agent.interview.extract.PersonalityLexicon.Pole;
import dev.hera.model.BigFive;

/**
 * Big Five scores from personality words, for the user and for the partner separately: each word
 * goes to whoever its clause is about ({@link Subjects}), so 「理想の相手は穏やかで誠実」 or "Emma is
 * cheerful" never changes the user's scores, and words about children or other people are dropped.
 * <p>
 * Scores: a word pointing high gives 0.75 and low 0.25 (reference rubric 0.7–0.8 / 0.2–0.3);
 * a strong degree word (とても, すごく, めっちゃ, very, really) moves it to 0.85 / 0.15, a weak one
 * (ちょっと, やや, a bit, kind of) to 0.65 / 0.35. A negated word (明るくない, 社交的ではない, あまり〜ない,
 * 人見知りしない, "not very outgoing", "don't worry") points the other way: 0.3 for a high word, 0.7 for a
 * low one (0.2 / 0.8 with 全然, "not at all"). Several words for one trait are averaged, a trait a word
 * only hints at (穏やか: agreeable, and calm on the side) counting half.
 * Words that describe looks (優しい目, "kind eyes", 明るい髪) are not personality.
 */
final class TraitExtractor {

    /**
     * One personality word as said: its span (degree and negation included), subject and scores;
     * {@code side} are the traits it only hints at (穏やか is agreeable first, calm second).
     */
    record Hit(int start, int end, Subject subject, Map<BigFive.Trait, Double> scores, Set<BigFive.Trait> side) {
    }

    /** How much a side trait counts against a word naming that trait outright (穏やか, then 心配性: still a worrier). */
    private static final double SIDE_WEIGHT = 0.5;

    record Result(BigFive user, BigFive partner, List<Hit> hits) {

        List<Hit> partnerHits() {
            return hits.stream().filter(h -> h.subject() == Subject.PARTNER).toList();
        }
    }

    private static final Pattern JA_LOOKS_AFTER = Pattern.compile(
            "^(?:な|の|め|そう|げ|い)?(?:目|瞳|眼差し|まなざし|顔|笑顔|表情|口元|声|髪|茶髪|黒髪|[茶黒金銀赤青白緑紫灰]?色|肌|雰囲気の顔|感じの顔)");
    /** 「目が優しい」, 「顔がこわい」, 「声が明るか」: a word said of the eyes, face or voice is looks, not personality. */
    private static final Pattern JA_LOOKS_BEFORE = Pattern.compile(
            "(?:目|瞳|眼差し|まなざし|目つき|目元|顔|顔つき|表情|笑顔|口元|声)(?:が|は|も)\\s*(?:すごく|すっごく|とても|めっちゃ|めちゃ|ほんまに|ほんとに|超|ちょっと|少し)?$");
    /** A match closed by a verb's stem after kana (「気にし」), where ちゃう goes on the verb; not 「お人好し」. */
    private static final Pattern VERB_STEM_END = Pattern.compile("(?<=[\\p{IsHiragana}])し$");
    /** A word closed in its て-form (「おっとりしてて」, 「優しくて」) ends its clause: what follows is not what it describes. */
    private static final Pattern TE_FORM_END = Pattern.compile("[てで]$");
    /**
     * 「きっちりしてないと気がすまない」, 「時間通りじゃないと嫌」: a negation that the person cannot bear is the word
     * affirmed.
     */
    private static final Pattern CANNOT_BEAR = Pattern.compile("^と(?:気が(?:すま|済ま)|落ち着かな|嫌|いや|イヤ|ダメ|だめ|無理|許せな)");
    /** "kind eyes", "messy brown hair": up to two more adjectives, then a body word. */
    private static final Pattern EN_LOOKS_AFTER = Pattern.compile(
            "^(?:\\s+(?!and\\b|with\\b|but\\b|who\\b|is\\b|or\\b)[a-z]+(?:-[a-z]+)?){0,2}\\s+(?:eyes?|smile|face|hair|voice|skin|looks?|features|colou?rs?|beard|curls)\\b");

    /** 「明るいほうではない」, 「慎重なほうちゃう」: the person is not one of that kind. */
    private static final String NEG_COMMON = "|^(?:という|って)わけ(?:では|じゃ)(?:ない|ありません)|^ってほど(?:では|じゃ)(?:ない|ありません)"
            + "|^(?:な|[うくぐすつぬぶむる])?(?:方|ほう|タイプ)(?:では|じゃ|や)(?:ない|ありません)|^(?:な|[うくぐすつぬぶむる])?(?:方|ほう|タイプ)(?:とは|や)?(?:ちゃう|ちゃいます)";
    /** 「根に持ったことはない」, 「遅刻したことがありません」: what the person has never once done. */
    private static final String NEVER_DONE = "|^(?:っ|ん|い|し)?(?:た|だ)(?:こと|事)(?:は|が|も)?\\s*(?:一度も|いっぺんも|ほとんど|あんまり|あまり|全然|まだ)?\\s*(?:ない|無い|ありません|あらへん|ねえ|ないです|ございません)";
    /** Kyushu 「几帳面じゃなか」, 「明るくなか」: the negation なか before its particle. */
    private static final String KYUSHU_NOT = "なか(?=けん|ばい|よ|と|ね|[、,。!！\\s]|$)";
    private static final Pattern NEG_I_ADJ = Pattern.compile(
            "^(?:て)?(?:は|も)?(?:ない|なく|なかっ|ありません|ねー|ねえ|あらへん|ないです|のうて|うない|" + KYUSHU_NOT + ")" + NEG_COMMON);
    private static final Pattern NEG_NA_ADJ = Pattern.compile(
            // 「感情的になることがほとんどありません」, 「感情的にはならない」: never becoming it
            "^に(?:は)?(?:なる|なった)(?:こと|事)(?:は|が|も)?\\s*(?:ほとんど|あまり|あんまり|めったに|一度も|全然|まず)?\\s*(?:ない|無い|ありません|あらへん|ねえ)"
                    + "|^に(?:は|も)?(?:なら|なれ)(?:ない|ん(?![だで])|へん|ひん|ません|ず)"
                    + "|^(?:な|で|だ)?(?:は|も)?\\s*(?:じゃ|では|でも|や|とは|って)\\s*(?:ない|なく|なかっ|" + KYUSHU_NOT + "|ありません|ねえ|ねー|あらへん|あれへん|ないです|言えない|いえない)"
                    + "|^(?:ちゃう|ちゃいます|やない|やあらへん)" + NEG_COMMON);
    private static final Pattern NEG_NOUN = Pattern.compile(
            "^(?:は|も|が)?\\s*(?:あまり|あんまり|そんなに|全然|ぜんぜん|特に|まったく|全く)?\\s*(?:ない|なく|なかっ|ありません|あらへん|無い|無く|ゼロ)"
                    + "|^(?:じゃ|では|でも|や)(?:ない|なく|" + KYUSHU_NOT + "|ありません|あらへん)|^(?:ちゃう|ちゃいます)"
                    + "|^(?:は|を|も)?(?:しない|しません|せえへん|せーへん|せん(?=[。、!！]|$)|しなくて|しなかった|しないです)" + NEG_COMMON + NEVER_DONE);
    /** 「整理整頓は苦手」: a word is judged by its clause only when it is the clause's topic (「インドア派で人と話すのは苦手」 is not). */
    private static final Pattern JUDGED_TOPIC = Pattern.compile("\\s*(?:は|が|も|とは|とか|って|なんて|の(?:は|が)|(?:する)?(?:こと|事|もの|ところ|とこ)?(?:は|が|も))");
    private static final Pattern NEG_VERB = Pattern.compile("^(?:い)?(?:ない|ません|へん|ひん|なくて|なかった)" + NEVER_DONE);
    private static final Pattern NEG_EN_BEFORE = Pattern.compile(
            "(?:\\bnot|n't|\\b(?:dont|doesnt|didnt|cant|wont|isnt|arent|wasnt|aint)|\\bnever|\\bhardly|\\bbarely|\\brarely|\\bseldom|\\bfar from|\\bno|\\bopposite of)\\s+(?:(?:very|v|rly|really|like|enjoy|care for|to be|be|ever|get|feel|that|so|too|particularly|especially|exactly|at all"
                    + "|overly|super|the most|the|a|an|much of an?|much of|too much|much|call myself|describe myself as|describe myself|consider myself|say i'm|say i am|remotely|terribly|all that|always|the type to|one to|someone who is|a very|an overly)\\s+){0,3}$");
    private static final Pattern EXTREME_BEFORE = Pattern.compile("(?:全然|ぜんぜん|まったく|全く|決して|\\bnot at all|\\bnever)\\s*\\S{0,10}$");
    private static final Pattern STRONG_BEFORE = Pattern.compile(
            "(?:とても|すごく|すっごく|凄く|めっちゃ|めちゃくちゃ|めちゃめちゃ|めちゃ|超|かなり|非常に|本当に|ほんとに|ほんまに|ごっつ|えらい|大変|相当|よく"
                    + "|\\bvery|\\breally|\\bsuper|\\bextremely|\\bincredibly|\\bso|\\btruly|\\bhighly|\\btotally|\\bgenuinely|\\bexceptionally)\\s*$");
    private static final Pattern WEAK_BEFORE = Pattern.compile(
            "(?:ちょっと|少し|すこし|やや|わりと|割と|どちらかというと|どちらかといえば|どちらかと言えば|どっちかというと|どっちかっていうと|どっちかと言うと|まあまあ|ちょい|若干|多少|そこそこ|比較的|ちょっぴり"
                    + "|\\ba bit|\\ba little|\\ba little bit|\\bslightly|\\bsomewhat|\\bkind of|\\bkinda|\\bsort of|\\ba tad|\\bmildly"
                    + "|\\ba bit of an?|\\ba little bit of an?|\\bbit of an?)\\s*$");

    /**
     * 「几帳面ってよく言われるけど、自分ではそうでもない」: what others say of one, then denied by the person
     * themselves, is the word denied.
     */
    private static final Pattern TOLD_THEN_DENIED = Pattern.compile(
            "^[^。!！?？]{0,16}?(?:言|い)われ[^。!！?？、,]{0,8}?(?:けど|けれど|が)[、,\\s]*"
                    + "(?:自分(?:で|的)?(?:は|では|的には|としては)|本人(?:は|的には)|実際(?:は|には)|ほんと(?:う)?は|本当は)?[^。!！?？]{0,8}?"
                    + "(?:そうでもな|そんなでもな|そんなこと(?:は)?な|そうは思わ|そう思わ|思ってな|思わな|違う|ちゃう|ちがう|ちゃいます)");

    /** 「せっかちって言われるけど、自分ではのんびりしてると思う」: the person's own view follows, and it is theirs that counts. */
    private static final Pattern TOLD_THEN_OWN_VIEW = Pattern.compile(
            "^[^。!！?？]{0,16}?(?:言|い)われ[^。!！?？、,]{0,8}?(?:けど|けれど|が)[、,\\s]*"
                    + "(?:自分(?:で|的)?(?:は|では|的には|としては)|本人(?:は|的には)|実際(?:は|には)|ほんと(?:う)?は|本当は)");

    /**
     * 「すぐ怒る人は苦手」, 「明るい人が多い職場」, 「遅刻する人は嫌い」: the word describes people in general, the topic of what the speaker
     * says about them, not the speaker; 「優しい人ってよく言われる」 is still what the speaker is told they are.
     */
    private static final Pattern PEOPLE_IN_GENERAL = Pattern.compile(
            "^(?:な|の|する|した|しない|てる|ている|[いるうくすつぬむぶぐた])?(?:人|ひと|人たち|人達|奴|やつ|ヤツ|連中)(?:は|が|って|とは|も)(?![^。、!！?？]{0,10}言われ)");

    /**
     * 「にぎやかな場所は苦手」, 「静かなところが好き」: the word describes a place or a gathering, and only the clause's judgement of it
     * says what the person is like.
     */
    private static final Pattern PLACE_AFTER = Pattern.compile("^(?:な|の)?(?:場所|場(?![合面])|環境|空間|お店|店|集まり|街|町)");
    /** 「賑やかなところは苦手」: ところ and 雰囲気 may be a place or the person's side (「明るいところが好き」); only a dislike is read as a place's. */
    private static final Pattern SIDE_OR_PLACE_AFTER = Pattern.compile("^(?:な|の)?(?:ところ|とこ|所|雰囲気)(?:は|が|も|って|とか)");

    /**
     * "I can't stand lazy people", "she likes calm guys", "I get on with quiet types": a word before a plural of people
     * describes people in general, whom someone likes or not, not the one speaking or spoken of.
     */
    private static final Pattern EN_PEOPLE_IN_GENERAL = Pattern.compile("^\\s+(?:people|persons|folks|ones|guys|men|women|girls|boys|types|blokes|lads|ppl|customers|strangers|neighbou?rs|colleagues|co-?workers|drivers|kids|children|teenagers)\\b");

    /** The benefactive verb (「…てくれる」): someone else does it for the speaker. */
    private static final String BENEFACTIVE = "くれ";

    private TraitExtractor() {
    }

    private record Found(int start, int end, Entry entry) {
    }

    static Result extract(Context ctx) {
        String text = ctx.text();
        String lower = ctx.lower();
        List<Found> found = new ArrayList<>();
        // a lexicon is read only over text in its script: most messages are in one language
        boolean japanese = ctx.utterance().hasJapanese;
        boolean latin = ctx.utterance().hasLatin;
        for (Entry entry : PersonalityLexicon.ENTRIES) {
            if (entry.form() == Form.EN ? !latin : !japanese) {
                continue;
            }
            String source = entry.form() == Form.EN ? lower : text;
            if (!entry.mayMatch(source)) {
                continue;
            }
            Matcher m = entry.pattern().matcher(source);
            while (m.find()) {
                if (m.end() > m.start()) {
                    found.add(new Found(m.start(), m.end(), entry));
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed()));
        List<Hit> hits = new ArrayList<>();
        int covered = 0;
        for (Found f : found) {
            if (f.start() < covered) {
                continue;
            }
            Hit hit = score(ctx, f);
            if (hit != null) {
                hits.add(hit);
                covered = f.end();
            }
        }
        return new Result(average(hits, Subject.USER), average(hits, Subject.PARTNER), List.copyOf(hits));
    }

    private static Hit score(Context ctx, Found f) {
        String source = f.entry().form() == Form.EN ? ctx.lower() : ctx.text();
        String after = source.substring(f.end());
        Utterance.Sentence sentence = ctx.utterance().sentenceAt(f.start());
        String before = source.substring(Math.max(sentence.start(), f.start() - 32), f.start());
        boolean teForm = f.entry().form() != Form.EN && TE_FORM_END.matcher(source).region(f.start(), f.end()).find();
        if (!teForm && (f.entry().form() == Form.EN ? EN_LOOKS_AFTER : JA_LOOKS_AFTER).matcher(after).find()) {
            return null;
        }
        if ((f.entry().form() == Form.I_ADJ || f.entry().form() == Form.NA_ADJ) && JA_LOOKS_BEFORE.matcher(before).find()) {
            return null;
        }
        // 「にぎやかな場所は苦手」: a place described, judged by its clause; a place only described says nothing of the person
        boolean adjective = f.entry().form() == Form.NA_ADJ || f.entry().form() == Form.I_ADJ;
        ClausePredicate.Judgement place = adjective && PLACE_AFTER.matcher(after).lookingAt() ? ClausePredicate.after(source, f.end()) : null;
        if (place == ClausePredicate.Judgement.NONE) {
            return null;
        }
        if (place == null && adjective && SIDE_OR_PLACE_AFTER.matcher(after).lookingAt()
                && ClausePredicate.after(source, f.end()) == ClausePredicate.Judgement.DISLIKES) {
            place = ClausePredicate.Judgement.DISLIKES;
        }
        int end = f.end();
        boolean negated;
        if (f.entry().form() == Form.EN) {
            negated = NEG_EN_BEFORE.matcher(before).find();
        } else if (f.entry().form() == Form.ACTIVITY) {
            ClausePredicate.Judgement judgement = ClausePredicate.after(source, f.end());
            if (judgement == ClausePredicate.Judgement.NONE) {
                return null;
            }
            negated = judgement == ClausePredicate.Judgement.DISLIKES;
        } else if (place != null) {
            negated = place == ClausePredicate.Judgement.DISLIKES;
        } else {
            Matcher neg = negation(f.entry().form()).matcher(after);
            // 「気にしすぎちゃう」, 「気にしちゃう」: after a verb ちゃう is てしまう, not the Kansai 「ちゃう」 (is not)
            negated = neg.find() && !(after.startsWith("ちゃ") && (source.startsWith("すぎ", f.end() - 2) || VERB_STEM_END.matcher(source).region(0, f.end()).find()))
                    && !CANNOT_BEAR.matcher(after).region(neg.end(), after.length()).lookingAt();
            if (negated) {
                end += neg.end();
            } else {
                // 「整理整頓は苦手」: the word is fine, the clause says the person lacks it
                negated = JUDGED_TOPIC.matcher(after).lookingAt()
                        && ClausePredicate.after(source, f.end()) == ClausePredicate.Judgement.DISLIKES;
            }
        }
        if (f.entry().form() != Form.EN && !negated) {
            int sentenceEnd = sentence.end() - f.end();
            int inSentence = Math.min(after.length(), Math.max(0, sentenceEnd));
            negated = TOLD_THEN_DENIED.matcher(after).region(0, inSentence).lookingAt();
            if (!negated && TOLD_THEN_OWN_VIEW.matcher(after).region(0, inSentence).lookingAt()) {
                return null;
            }
        }
        if (aboutTheChildrenAsked(ctx, f.start())) {
            return null; // 「男の子なら優しく育ってほしい」 answering Hera's question about children is about them
        }
        if (f.entry().form() != Form.EN && ctx.subjects().at(f.start()) == Subject.USER && PEOPLE_IN_GENERAL.matcher(after).lookingAt()) {
            return null;
        }
        if (f.entry().form() == Form.EN && EN_PEOPLE_IN_GENERAL.matcher(after).lookingAt()) {
            return null;
        }
        if (source.startsWith(BENEFACTIVE, f.start()) && ctx.subjects().at(f.start()) == Subject.USER) {
            return null; // 「…してくれる」 is done for the speaker by someone else, never the speaker's own trait
        }
        int start = f.start();
        Matcher degree = STRONG_BEFORE.matcher(before);
        boolean strong = degree.find();
        Matcher weakDegree = WEAK_BEFORE.matcher(before);
        boolean weak = !strong && weakDegree.find();
        if (strong && before.length() - degree.start() <= 8) {
            start -= before.length() - degree.start();
        } else if (weak && before.length() - weakDegree.start() <= 12) {
            start -= before.length() - weakDegree.start();
        }
        boolean extreme = negated && EXTREME_BEFORE.matcher(before).find();
        Map<BigFive.Trait, Double> scores = new EnumMap<>(BigFive.Trait.class);
        Set<BigFive.Trait> side = EnumSet.noneOf(BigFive.Trait.class);
        for (Effect effect : f.entry().effects()) {
            if (effect != f.entry().effects().get(0)) {
                side.add(effect.trait());
            }
            double value;
            if (negated) {
                value = extreme ? 0.2 : 0.3;
            } else {
                value = strong ? 0.85 : weak ? 0.65 : 0.75;
            }
            scores.put(effect.trait(), effect.pole() == Pole.HIGH ? value : round(1 - value));
        }
        return new Hit(start, end, ctx.subjects().at(f.start()), scores, side);
    }

    /** A word said, without 「私は」/"I" before it, in answer to a question only about children. */
    private static boolean aboutTheChildrenAsked(Context ctx, int position) {
        LastQuestion q = ctx.question();
        return q.asked(LastQuestion.Topic.CHILDREN) && !q.asked(LastQuestion.Topic.USER_PERSONALITY) && !q.asked(LastQuestion.Topic.PARTNER)
                && ctx.subjects().at(position) == Subject.USER
                && !ctx.subjects().hasMarker(Subject.USER, ctx.utterance().sentenceAt(position).start(), position);
    }

    private static Pattern negation(Form form) {
        return switch (form) {
            case I_ADJ -> NEG_I_ADJ;
            case NA_ADJ -> NEG_NA_ADJ;
            case NOUN -> NEG_NOUN;
            case VERB -> NEG_VERB;
            case EN, ACTIVITY -> NEG_EN_BEFORE; // never asked: English and activities are judged elsewhere
        };
    }

    private static BigFive average(List<Hit> hits, Subject subject) {
        Map<BigFive.Trait, double[]> sums = new EnumMap<>(BigFive.Trait.class);
        for (Hit hit : hits) {
            if (hit.subject() != subject) {
                continue;
            }
            hit.scores().forEach((trait, value) -> {
                double[] sum = sums.computeIfAbsent(trait, t -> new double[2]);
                double weight = hit.side().contains(trait) ? SIDE_WEIGHT : 1;
                sum[0] += value * weight;
                sum[1] += weight;
            });
        }
        if (sums.isEmpty()) {
            return null;
        }
        return new BigFive(mean(sums, BigFive.Trait.OPENNESS), mean(sums, BigFive.Trait.CONSCIENTIOUSNESS),
                mean(sums, BigFive.Trait.EXTRAVERSION), mean(sums, BigFive.Trait.AGREEABLENESS),
                mean(sums, BigFive.Trait.NEUROTICISM));
    }

    private static Double mean(Map<BigFive.Trait, double[]> sums, BigFive.Trait trait) {
        double[] sum = sums.get(trait);
        return sum == null ? null : round(sum[0] / sum[1]);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

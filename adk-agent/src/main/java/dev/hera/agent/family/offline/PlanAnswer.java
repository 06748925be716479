package dev.hera.agent.family.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hera.agent.text.Normalization;
import dev.hera.model.Language;
import dev.hera.model.TripInfo;

/**
 * The person's answer to a proposed plan: {@link #YES}, {@link #NO}, or {@link #UNKNOWN} for
 * questions and anything else. Only the person's own message should be classified (a child's
 * enthusiasm never confirms).
 * <p>
 * How it reads a message (Japanese and English cues are both tried, whatever the session):
 * <ul>
 * <li>After a concession (「いいけど…」「でも」, "yes, but …") only what follows counts; a concession
 * with nothing after it is {@link #UNKNOWN}.</li>
 * <li>Agreement that is negated is a refusal: 「よくない」「賛成できない」「楽しみじゃない」
 * 「いいとは思わない」, "not great", "I don't love it". Rhetorical agreement stays agreement:
 * 「いいんじゃない？」「最高じゃない？」, "why not?", "not bad", "no problem".</li>
 * <li>Agreement inside a real question is not an answer (「大丈夫かな？」「いい？」, "is it good?"),
 * but an invitation is (「行こうか？」「それにしない？」).</li>
 * <li>A clear refusal wins over agreement (「いいね、でもやっぱりやめよう」); a soft opener does not
 * (「いや、最高！」).</li>
 * <li>A change of plan is a refusal: a different destination from the proposed one, ruling out a
 * proposed activity, or — without the proposal at hand — a place or activity with a change cue
 * (「やっぱり京都にしよう」, "actually, let's do Kyoto instead") or offered as a counter-proposal
 * (「京都はどう？」, "how about Kyoto?").</li>
 * </ul>
 */
public enum PlanAnswer {
    YES, NO, UNKNOWN;

    private enum Cue {
        NEUTRAL, YES_STRONG, YES_WEAK, NO_STRONG, NO_WEAK
    }

    private record Found(Cue cue, int start, int end, boolean questionProof) {
    }

    private static final Pattern NEUTRAL = Pattern.compile("どうでもいい|かわいい|可愛い|かっこいい|格好いい|おいしい|美味しい"
            + "|いい加減|ふうん|ふーん|うんざり|考えさせて|考えてみる|気持ちいい|無理しない|はいる|はいって|はいった"
            + "|\\bnot sure\\b|\\blet me think\\b|\\bi guess\\b|\\bwe'll see\\b|\\blet's see\\b|\\bno idea\\b|\\bi wonder\\b");
    private static final Pattern POSITIVE_IDIOM = Pattern.compile("悪くない|わるくない|問題ない|問題なし|異議なし|異論なし|文句なし"
            + "|言うことなし|間違いない|まちがいない|申し分ない|待ちきれない|まちきれない|待ち遠しい|楽しみすぎ"
            + "|(?:いい|最高|さいこう|楽しそう|素敵|すてき|ステキ)(?:ん)?じゃない(?!で|と)"
            + "|(?:楽しみ|決まり|大丈夫)(?:ん)?じゃない(?:か|\\?)"
            + "|\\bno problem\\b|\\bno worries\\b|\\bno doubt\\b|\\bnot bad\\b|\\bnot a bad idea\\b|\\bwhy not\\b"
            + "|\\bcan't wait\\b|\\bcannot wait\\b|\\bcouldn't be better\\b|\\bcan't go wrong\\b|\\bnothing better\\b"
            + "|\\bno objections?\\b|\\bi don't mind\\b|\\bdon't mind\\b|\\bwouldn't miss it\\b|\\bno complaints\\b"
            + "|\\bof course\\b|\\bshall we\\b|\\bcouldn't agree more\\b|\\bno reason not to\\b|\\bdon't want to miss\\b");
    private static final Pattern NO_STRONG = Pattern.compile("やめ(?!ないで|ないよ|なくて|ない)|止め(?!ないで|ない)|諦め"
            + "|ちょっと違う|違う|ちがう|(?:別|他|ほか)の(?:場所|ところ|所|日|案|プラン|計画|こと|もの|の)|変え(?:たい|よう|て|る)"
            + "|かえたい|かえよう|変更|いいえ|いや(?:だ|です)|嫌(?:だ|です)?|やだ|だめ|ダメ|駄目|反対|気が進まない|微妙|びみょう"
            + "|考え直|やり直|見直|もう少し考え|もうちょっと考え|キャンセル|なしで|なしかな|無し|ナシ|よくない|良くない|いまいち"
            + "|イマイチ|ちょっと(?:ね|なあ|なぁ|な…|…)|遠慮|パス(?!タ)|いいや|気乗りしない|乗り気じゃない|行きたくない"
            + "|行かない(?![?か])|いかない(?![?か])|そうじゃなくて|じゃなくて|ではなく|無理(?!し)|むり|難しい|むずかしい|ちょっと待って|待って(?=[!、。\\s]|$)"
            + "|と(?:は)?(?:思わ|思え|言え)(?:ない|ません)|ノー"
            + "|\\bnope\\b|\\bnot really\\b|\\bno way\\b|\\bno thanks\\b|\\bno thank you\\b|\\blet'?s not\\b|\\brather not\\b"
            + "|\\bi don't think so\\b|\\bdon't think so\\b|\\bnot a good idea\\b|\\bbad idea\\b|\\blet'?s change\\b"
            + "|\\bchange (?:it|that|the plan|plans|the place|the destination)\\b|\\bsomething else\\b|\\bsomewhere else\\b"
            + "|\\bsomeplace else\\b|\\banother (?:place|idea|plan|destination|time)\\b"
            + "|\\bdifferent (?:place|plan|idea|destination)\\b|\\bother (?:place|idea|plan)s?\\b|\\bi'?d rather\\b"
            + "|\\bi would rather\\b|\\blet'?s think\\b|\\bthink (?:again|it over|about it more)\\b|\\breconsider\\b"
            + "|\\bnot now\\b|\\bnot this time\\b|\\bi'?ll pass\\b|\\bpass on\\b|\\bcancel\\b|\\bscrap (?:that|it)\\b"
            + "|\\bforget it\\b|\\bnever ?mind\\b|\\bmaybe not\\b|\\bnot for (?:me|us)\\b|\\bhate it\\b"
            + "|\\b(?:don'?t|do not|doesn'?t|does not) (?:like|love|want|sound|think)\\b|\\bnot convinced\\b|\\bhold on\\b"
            + "|\\bwait\\b|\\bnot feeling it\\b|\\bnot keen\\b|\\bnot a fan\\b|\\binstead\\b|\\bi disagree\\b|\\bdisagree\\b"
            + "|\\bboring\\b|\\btoo (?:far|expensive|hot|cold|long|much)\\b|\\bnot yet\\b|\\bnot that\\b");
    private static final Pattern YES_STRONG = Pattern.compile("いいね|いいよ|いいじゃん|いいと思う|いいと思います|いいですね"
            + "|いいです(?!か)|いい感じ|いいアイデア|いいアイディア|いい案|いい計画|いいプラン|いいな[ぁあー〜]*(?=[!。\\s]|$)"
            + "|いい!|^いい$|賛成|さんせい|さんせー|そうしよう|そうしましょう|そうする|それにしよう|これにしよう|それにする"
            + "|(?:それ|これ)にしない(?=[?!]|$)|そうしない(?=[?])"
            + "|それでいこう|それで行こう|それでいい|それがいい|それで決まり|決まり|きまり|決定|けってい|決めよう|決めた"
            + "|オッケー|おっけー|オーケー|おけ(?![ぁ-ん])|了解|りょうかい|ラジャー|もちろん|ぜひ|是非|最高|さいこう|完璧|完ぺき"
            + "|ばっちり|バッチリ|楽しそう|たのしそう|行こう|いこう|行こっか|いこっか|行きましょう|大丈夫|だいじょうぶ"
            + "|それでお願い|それでよろしく|お願いします|乗った|素敵|すてき|ステキ|グッド|ナイス|いえす|イエス|やったー|やった!"
            + "|わーい|いいぞ|同意"
            + "|\\byes\\b|\\byeah\\b|\\byea\\b|\\byep\\b|\\byup\\b|\\byess+\\b|\\bsure\\b|\\bok\\b|\\bokay\\b|\\bokey\\b"
            + "|\\bk\\b|\\bkk\\b|\\bdeal\\b|\\bagreed\\b|\\bagree\\b|\\bperfect\\b|\\bgreat\\b|\\bawesome\\b|\\bamazing\\b"
            + "|\\bwonderful\\b|\\bfantastic\\b|\\blovely\\b|\\bexcellent\\b|\\bbrilliant\\b|\\bsuper\\b"
            + "|\\blove (?:it|that|this|the plan|the idea)\\b|\\bi'?m in\\b|\\bcount (?:me|us) in\\b"
            + "|\\blet'?s do (?:it|that|this)\\b|\\blet'?s go\\b|\\blet'?s book\\b|\\bbook it\\b"
            + "|\\bsounds (?:good|great|perfect|fun|lovely|wonderful|amazing|like a plan|nice|fine|awesome|exciting)\\b"
            + "|\\b(?:it'?s|that'?s) a plan\\b|\\bgo for it\\b|\\bworks for (?:me|us)\\b|\\bthat works\\b"
            + "|\\bfine (?:by|with) (?:me|us)\\b|\\babsolutely\\b|\\bdefinitely\\b|\\btotally\\b|\\bexactly\\b"
            + "|\\balright\\b|\\ball right\\b|\\bsettled\\b|\\bdone\\b|\\bgreat idea\\b|\\bgood idea\\b|\\bdo it\\b"
            + "|\\bi like (?:it|that|this)\\b|\\byay\\b|\\bhooray\\b|\\bwoohoo\\b|\\byippee\\b|\\bfor sure\\b|\\bsold\\b"
            + "|\\bright on\\b|👍|🙌|👌|🎉");
    private static final Pattern YES_WEAK = Pattern.compile("(?:^|(?<=[\\s、。!?〜]))(?:うんうん|うん|はい|ええ)(?![ざっー?])"
            + "|そうだね|そうね|そうだな|楽しみ|たのしみ|行きたい|いきたい|うれしい|嬉しい|ありがとう|わくわく|ワクワク|いいかも"
            + "|\\bnice\\b|\\bcool\\b|\\bfun\\b|\\bexcited\\b|\\blooking forward\\b|\\bthanks\\b|\\bthank you\\b|\\bgood\\b");
    private static final Pattern NO_WEAK = Pattern.compile("^(?:いや|うーん、?いや)(?![ーぁ-ん])|\\bno\\b|\\bnah\\b|\\bnay\\b"
            + "|\\bmeh\\b");
    // A Japanese agreement followed by one of these is a refusal: いい+とは思わない, 賛成+できない, 楽しみ+じゃない
    private static final Pattern JA_NEGATED_AFTER = Pattern.compile("^(?:ん)?(?:じゃ|では)(?:ない|なく|ありません)"
            + "|^(?:で(?:は)?)?(?:ない|なく|ありません)|^と(?:は)?(?:思わ|思え|言え|思いません)|^(?:でき|し|せ)(?:ない|ません|ず)"
            + "|^くない|^わけ(?:が)?ない|^とは限らない");
    private static final Pattern EN_NEGATOR = Pattern.compile("^(?:not|never|hardly|barely|no|nothing)$|n't$|^(?:dont|doesnt"
            + "|isnt|wasnt|aint)$");
    private static final Pattern CONCESSION = Pattern.compile("けど|けれど|(?:^|(?<=[、。!?\\s]))でも|が、|ただ、|ただし"
            + "|\\bbut\\b|\\bhowever\\b|\\balthough\\b|\\bthough\\b(?!\\W*$)");
    private static final Pattern INVITATION_END = Pattern.compile("(?:うか|っか|ない|じゃん|でしょ|よね|ましょう|しょうか)$");
    private static final Pattern CHANGE = Pattern.compile("やっぱり|やっぱ|やはり|じゃなくて|ではなく|より|代わりに|かわりに|変えて"
            + "|変更|\\binstead\\b|\\bactually\\b|\\brather\\b|\\bchange\\b|\\bswitch\\b|\\bon second thought\\b");
    private static final Pattern COUNTER = Pattern.compile("にしよう|はどう|とかどう|にしない|がいい|に行きたい|へ行きたい|に行こう"
            + "|へ行こう|どうかな|\\bhow about\\b|\\bwhat about\\b|\\blet'?s (?:go|do|try|visit)\\b|\\bi'?d rather\\b"
            + "|\\bprefer\\b|\\bmaybe\\b|\\bcould we\\b|\\bcan we\\b");

    /** Classifies the person's answer without knowing the proposal. */
    public static PlanAnswer classify(String message, Language language) {
        return classify(message, language, null);
    }

    /**
     * Classifies the person's answer to {@code proposal}: naming another destination than the
     * proposed one, or ruling out a proposed activity, is a {@link #NO} even when it sounds happy.
     */
    public static PlanAnswer classify(String message, Language language, TripInfo proposal) {
        if (message == null || message.isBlank()) {
            return UNKNOWN;
        }
        String text = Normalization.foldLower(message).strip();
        TripFragment trip = TripExtractor.extract(message, language);
        boolean sameDestination = proposal != null && TripExtractor.samePlace(trip.destination(), proposal.destination());
        if (proposal != null) {
            if (trip.destination() != null && proposal.destination() != null && !sameDestination) {
                return NO;
            }
            if (rulesOutProposed(trip, proposal)) {
                return NO;
            }
        } else if ((trip.destination() != null || !trip.removedActivities().isEmpty()) && CHANGE.matcher(text).find()) {
            return NO;
        }
        PlanAnswer byCues = byCues(text);
        boolean newPlace = trip.destination() != null && !sameDestination;
        if (byCues != YES && (newPlace || !trip.removedActivities().isEmpty()) && COUNTER.matcher(text).find()) {
            return NO;
        }
        if (byCues == UNKNOWN && !trip.removedActivities().isEmpty()) {
            return NO;
        }
        return byCues;
    }

    private static boolean rulesOutProposed(TripFragment trip, TripInfo proposal) {
        if (proposal.activities() == null) {
            return false;
        }
        for (String removed : trip.removedActivities()) {
            for (String proposed : proposal.activities()) {
                if (sameActivity(removed, proposed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameActivity(String a, String b) {
        var left = ActivityLexicon.byLabel(a);
        var right = ActivityLexicon.byLabel(b);
        if (left.isPresent() && right.isPresent()) {
            return left.get().id().equals(right.get().id());
        }
        return Normalization.foldLower(a).strip().equals(Normalization.foldLower(b).strip());
    }

    private static PlanAnswer byCues(String text) {
        int regionStart = 0;
        Matcher concession = CONCESSION.matcher(text);
        while (concession.find()) {
            regionStart = concession.end();
        }
        List<Found> found = new ArrayList<>();
        claim(found, text, NEUTRAL, Cue.NEUTRAL, true);
        claim(found, text, POSITIVE_IDIOM, Cue.YES_STRONG, true);
        claim(found, text, NO_STRONG, Cue.NO_STRONG, true);
        claim(found, text, YES_STRONG, Cue.YES_STRONG, false);
        claim(found, text, YES_WEAK, Cue.YES_WEAK, false);
        claim(found, text, NO_WEAK, Cue.NO_WEAK, true);
        boolean yes = false;
        boolean noStrong = false;
        boolean noWeak = false;
        for (Found cue : found) {
            if (cue.start() < regionStart) {
                continue;
            }
            switch (cue.cue()) {
                case NO_STRONG -> noStrong = true;
                case NO_WEAK -> noWeak = true;
                case YES_STRONG, YES_WEAK -> {
                    if (negated(text, cue)) {
                        noStrong = true;
                    } else if (cue.questionProof() || !inRealQuestion(text, cue)) {
                        yes = true;
                    }
                }
                default -> {
                }
            }
        }
        if (noStrong) {
            return NO;
        }
        if (yes) {
            return YES;
        }
        return noWeak ? NO : UNKNOWN;
    }

    private static void claim(List<Found> found, String text, Pattern pattern, Cue cue, boolean questionProof) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            if (end > start && found.stream().noneMatch(f -> f.start() < end && start < f.end())) {
                found.add(new Found(cue, start, end, questionProof));
            }
        }
    }

    private static boolean negated(String text, Found cue) {
        String after = text.substring(cue.end(), Math.min(text.length(), cue.end() + 10));
        if (JA_NEGATED_AFTER.matcher(after).find()) {
            return true;
        }
        String before = text.substring(0, cue.start());
        int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf('.')),
                Math.max(before.lastIndexOf('!'), before.lastIndexOf('?')));
        String[] words = before.substring(clause + 1).strip().split("\\s+");
        for (int i = Math.max(0, words.length - 3); i < words.length; i++) {
            if (!words[i].isEmpty() && EN_NEGATOR.matcher(words[i]).find()) {
                return true;
            }
        }
        return false;
    }

    /** A cue inside a sentence that asks something (「大丈夫かな？」, "is that ok?"), unless it invites. */
    private static boolean inRealQuestion(String text, Found cue) {
        int end = cue.end();
        while (end < text.length() && "。!.\n?".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        if (end >= text.length() || text.charAt(end) != '?') {
            return false;
        }
        String sentence = text.substring(cue.start(), end).strip();
        return !INVITATION_END.matcher(sentence).find();
    }
}

package dev.hera.agent.family.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hera.agent.text.Normalization;
import dev.hera.model.Language;

/**
 * Reads the trip out of one message, in Japanese or English (either language in either session;
 * labels come back in the session's language).
 * <p>
 * <b>Destination.</b> Named places come from the {@link Gazetteer}. A place that is ruled out
 * (「沖縄じゃなくて」, "instead of Kyoto", "not Hawaii") or is where someone comes from
 * (「大阪から」, "we live in Seattle") does not count. Among the rest, a place the person goes to or
 * settles on (「〜に行きたい」「〜にしよう」「〜はどう？」, "let's go to", "how about", "visit")
 * and a change of mind (「やっぱり」, "actually", "… instead") weigh more; ties go to the place
 * said last. When no known place is named, an unknown name in a going pattern is taken as written
 * (「奥多摩に行きたい」 → 奥多摩, "Let's visit Lake Tahoe" → Lake Tahoe).
 * <p>
 * <b>Generic places</b> (海 / the beach, 山 / the mountains, 公園 / the park, 湖, 川, 森, 高原,
 * grandma's house): they are a destination only when the person goes there (「海に行きたい」,
 * "let's go to the beach") or answers with the bare word (「海！」), and only when no named place
 * is in the message. Doing something there is an activity, not a destination
 * (「海で泳ぎたい」 → 海水浴; "swim at the beach" → swimming). {@link #isGenericDestination}
 * lets the caller keep a named destination from being replaced by a generic one.
 * <p>
 * <b>Activities</b> come from the {@link ActivityLexicon}, several per message, as short labels.
 * An activity followed by a refusal in its clause (「キャンプはやめよう」「泳ぎたくない」
 * 「キャンプじゃなくて」「キャンプより」) or preceded by one in English ("no camping", "skip the zoo",
 * "I don't want to go fishing", "instead of hiking") is removed; invitations are not refusals
 * (「水族館に行かない？」, "why don't we go camping?"), nor are must-haves (「花火は外せない」).
 */
public final class TripExtractor {

    // Japanese, read on the text right after a place
    private static final Pattern JA_GO_AFTER = Pattern.compile("^(?:県|府|都|市|島)?(?:の方|のほう|方面)?(?:に|へ|まで|で)?"
            + "(?:も|は)?(?:行|い[きこくっかけ]|遊びに|旅行|出かけ|でかけ|お出かけ|おでかけ|しよう|にしよう|する|しない|決|はどう|どう"
            + "|とかどう|がいい|はいかが|いいね|泊|ドライブ|!|$)");
    private static final Pattern JA_GENERIC_GO_AFTER = Pattern.compile("^(?:の方|のほう)?(?:に|へ)(?:も)?"
            + "(?:行|い[きこくっか]|遊びに|出かけ|でかけ|お出かけ|おでかけ|帰)|^(?:にしよう|がいいな|がいい|はどう|とかどう|に決め)");
    private static final Pattern JA_NEG_AFTER = Pattern.compile("^(?:県|府|都|市)?(?:って|は|も|とか|に|へ)?(?:やっぱり)?"
            + "(?:やめ|止め|なし|無し|ナシ|じゃなく|ではなく|じゃない(?![?か])|以外|より|嫌|いや(?![ーし])|パス(?!タ)|遠すぎ"
            + "|寒すぎ|暑すぎ|高すぎ|行かない(?![?か])|行きたくない|いかない(?![?か])|いきたくない|行けない|いけない|無理|むり)"
            + "|^(?:県|府|都|市)?は(?:いいかな|もういい|いいや)");
    private static final Pattern JA_ORIGIN_AFTER = Pattern.compile("^(?:県|府|都|市)?(?:から|出身|に住|住み|在住|育ち|生まれ|から来)");
    private static final Pattern JA_CHANGE_BEFORE = Pattern.compile("(?:やっぱり|やっぱ|やはり|それより|むしろ|じゃあ|それなら)[、,\\s]*$");
    // English, read on the text right before or after a place
    private static final Pattern EN_GO_BEFORE = Pattern.compile("(?:\\b(?:go|going|goes|head|heading|trip|travel|travelling"
            + "|traveling|fly|flying|drive|driving|getaway|vacation|holiday|holidays|weekend|day|days|time|night|nights|out)"
            + "\\s+(?:over\\s+)?(?:to|in|at|on)|\\b(?:visit|visiting|see|explore|exploring|about|do|try|pick|choose|prefer"
            + "|maybe|or|instead|of|love|like|with))\\s+(?:the\\s+|a\\s+)?$");
    private static final Pattern EN_GENERIC_GO_BEFORE = Pattern.compile("(?:\\b(?:go|going|head|heading|trip|drive"
            + "|driving|out|day|afternoon|weekend|time|back)\\s+(?:to|at|in|into)|\\b(?:visit|visiting|how about|what about"
            + "|explore))\\s+(?:the\\s+|a\\s+|my\\s+|our\\s+)?$");
    private static final Pattern EN_NEG_BEFORE = Pattern.compile("(?:\\b(?:not|no|skip|skipping|forget|forget about"
            + "|instead of|rather than|than|other than|except|without|cancel|drop|never mind)\\s+(?:go(?:ing)?\\s+to\\s+"
            + "|visit(?:ing)?\\s+)?(?:the\\s+)?$|\\b(?:don't|dont|do not|won't|can't|cannot|shouldn't|wouldn't|never)\\s+"
            + "(?:really\\s+)?(?:want to\\s+|wanna\\s+)?(?:go(?:ing)?\\s+(?:to\\s+)?|visit\\s+|see\\s+)(?:the\\s+)?$)");
    private static final Pattern EN_NEG_AFTER = Pattern.compile("^(?:'s|\\s+is|\\s+are|\\s+sounds|\\s+seems)\\s+"
            + "(?:out|off|too\\s+\\w+|boring|not)|^\\s+(?:isn't|is not|sounds bad)|^\\s*[,?]?\\s*(?:no thanks|nah)");
    private static final Pattern EN_ORIGIN_BEFORE = Pattern.compile("\\b(?:from|live in|living in|lives in|live near"
            + "|born in|grew up in|back from|came from|leave|leaving|based in)\\s+(?:the\\s+)?$");
    private static final Pattern EN_CHANGE_BEFORE = Pattern.compile("\\b(?:actually|instead|rather|change it to|switch to"
            + "|make it|on second thought)\\b[^.!?]*$");
    private static final Pattern EN_CHANGE_AFTER = Pattern.compile("^\\s+instead(?!\\s+of)");
    // Unknown names in a going pattern
    private static final Pattern JA_UNKNOWN_GO = Pattern.compile("([\\p{IsHan}\\p{IsKatakana}ー・]{2,12})(?:(?:の方|のほう|方面)?"
            + "(?:に|へ)(?:行|い[きこくっか]|遊びに|旅行|出かけ|でかけ)|旅行)");
    private static final Pattern JA_UNKNOWN_PICK = Pattern.compile("([\\p{IsHan}\\p{IsKatakana}ー・]{2,12})(?:にしよう|はどう"
            + "|とかどう|がいいな|に決め)");
    /** After 〜はどう or 〜にしよう many nouns appear (天気はどう); only place-like names count there. */
    private static final Pattern JA_PLACE_LIKE = Pattern.compile("[\\p{IsKatakana}ー・]+|.*(?:市|町|村|島|山|湖|川|温泉|高原|岳|浜"
            + "|崎|半島|県|峠|渓谷|諸島|海岸|寺|城)");
    private static final Pattern EN_UNKNOWN = Pattern.compile("(?:go to|going to|head to|heading to|trip to|travel to"
            + "|fly to|visit|visiting|how about|what about|let's do|let's try)\\s+((?:[A-Z][\\p{L}'.-]+)(?:\\s+"
            + "(?:[A-Z][\\p{L}'.-]+|de|del|la|of)){0,3})");
    private static final Pattern JA_TIME_PREFIX = Pattern.compile("^(?:今度の週末|今週末|週末|来週|再来週|来月|来年|今年|夏休み"
            + "|冬休み|春休み|連休|今度|明日|明後日|休み|次|次回|お盆|年末|正月|GW|ゴールデンウィーク|家族|皆|全員|一度|いつか)");
    private static final Set<String> JA_STOPWORDS = Set.of("旅行", "旅", "遊び", "家族", "家族旅行", "近所", "近く", "遠く", "都会",
            "外", "家", "学校", "会社", "病院", "仕事", "国内", "日帰り", "泊まり", "一緒", "全員", "週末", "今度", "次", "別", "他",
            "場所", "所", "お店", "店", "自然", "どこ", "一泊", "二泊", "旅館", "ホテル", "観光地", "行楽地", "人気", "有名", "南国",
            "遠出", "散歩", "方", "外国", "海外", "部屋", "車", "電車", "新幹線", "飛行機", "バス", "天気", "予算", "時間", "日程",
            "予定", "宿", "服装", "持ち物", "ご飯", "夕飯", "お昼", "プラン", "計画", "レストラン", "カフェ");
    private static final Set<String> EN_STOPWORDS = Set.of("I", "The", "A", "An", "My", "Our", "Your", "Mom", "Dad", "Mum",
            "Mommy", "Daddy", "Grandma", "Grandpa", "Nana", "It", "This", "That", "There", "Here", "Me", "Us", "Them", "Him",
            "Her", "Everyone", "Somewhere", "Anywhere", "Work", "School", "Home", "Bed", "Church", "Christmas", "Easter",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Weekend", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Next",
            "Some", "Something", "Anything", "What", "How", "Why", "Okay", "OK", "Yes", "No");
    // Activities: refusals after a Japanese mention, and the must-haves that only look like one
    private static final Pattern JA_CLAUSE_END = Pattern.compile("けど|けれど|でも|が、|たり|だり|し、|て、|それと|あと、|それに|[。!?\\n]");
    private static final Pattern JA_MUST_HAVE = Pattern.compile("外せない|はずせない|欠かせない|しかない|ないと|なくちゃ|なきゃ"
            + "|なくては|たまらない|待ちきれない|まちきれない|待ち遠しい|もったいない|間違いない|まちがいない|違いない|ちがいない"
            + "|かもしれない|かもしれません|少なくない|ないかな");
    private static final Pattern JA_REFUSAL_EXPLICIT = Pattern.compile("やめ|止め|辞め|なし|無し|ナシ|じゃなく|ではなく|以外|より"
            + "|いいや|はいいかな|はいいです|もういい|パス(?!タ)|キャンセル|取り消|外そう|外して|はずそう|抜き|中止|(?<!機)嫌"
            + "|いや(?![ーしさすせ])|苦手|無理|むり|いらない|要らない|不要");
    private static final Pattern JA_REFUSAL_PLAIN = Pattern.compile("ない|なく|ません|ず(?:に|、|$)");
    // Activities: refusals around an English mention
    private static final Pattern EN_CLAUSE_START = Pattern.compile("[.,;:!?]|\\bbut\\b|\\band (?:then |also |let's |go |do "
            + "|have |try |maybe )|\\bthen\\b|\\bplus\\b");
    private static final Pattern EN_REFUSAL_BEFORE_EXPLICIT = Pattern.compile("\\b(?:no|skip|skipping|forget|forget about"
            + "|without|cancel|drop|scrap|ditch|remove|instead of|rather than|other than|except|no more|never mind|hate"
            + "|dislike|enough|tired of|sick of|not into)\\b");
    private static final Pattern EN_REFUSAL_BEFORE_PLAIN = Pattern.compile("\\b(?:not|don't|dont|do not|didn't|won't|can't"
            + "|cannot|never|wouldn't|shouldn't|isn't|aren't)\\b");
    private static final Pattern EN_NOT_A_REFUSAL = Pattern.compile("why don't|why not|can't wait|cannot wait|don't forget"
            + "|never been|never tried|never done|not only|not just|no matter|(?:can't|won't|wouldn't|don't want to|not)\\s+"
            + "(?:\\w+\\s+)?miss|not sure");
    private static final Pattern EN_REFUSAL_AFTER = Pattern.compile("^(?:'s|\\s+is|\\s+are)\\s+(?:out|off|cancell?ed|boring"
            + "|not)|^\\s+(?:isn't|aren't)|^\\s*[,?]?\\s*(?:no thanks|nah)|^\\s+(?:is|are) a no");

    private TripExtractor() {
    }

    /** The destination, activities and removed activities of one message. Never null. */
    public static TripFragment extract(String message, Language language) {
        if (message == null || message.isBlank()) {
            return TripFragment.none();
        }
        boolean english = language == Language.EN;
        String text = Normalization.foldLower(message);
        String destination = destination(text, message, english);
        Map<String, Boolean> mentioned = new LinkedHashMap<>();
        List<ActivityLexicon.Hit> hits = ActivityLexicon.scan(text);
        for (int i = 0; i < hits.size(); i++) {
            ActivityLexicon.Hit hit = hits.get(i);
            int next = i + 1 < hits.size() ? hits.get(i + 1).start() : text.length();
            String label = hit.activity().label(english);
            boolean refused = refusedJa(text, hit.end(), next) || refusedEn(text, hit.start(), hit.end());
            mentioned.remove(label);
            mentioned.put(label, refused);
        }
        List<String> activities = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        mentioned.forEach((label, refused) -> (refused ? removed : activities).add(label));
        return new TripFragment(destination, activities, removed);
    }

    /**
     * True for a generic destination label (海, the beach, 山, the park, grandma's house, ...):
     * callers may prefer to keep a named destination already chosen.
     */
    public static boolean isGenericDestination(String label) {
        return Gazetteer.find(label).map(Place::generic).orElse(false);
    }

    /** True when both labels name the same place (沖縄 and Okinawa; 東京 and 東京都). */
    public static boolean samePlace(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        Optional<Place> left = Gazetteer.find(a);
        Optional<Place> right = Gazetteer.find(b);
        if (left.isPresent() && right.isPresent()) {
            return left.get().equals(right.get());
        }
        return Normalization.foldLower(a).strip().equals(Normalization.foldLower(b).strip());
    }

    // ---- destination

    private static String destination(String text, String original, boolean english) {
        List<Gazetteer.Hit> hits = Gazetteer.scan(text);
        Gazetteer.Hit best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Gazetteer.Hit hit : hits) {
            if (hit.place().generic() || ruledOut(text, hit)) {
                continue;
            }
            int score = score(text, hit);
            if (score >= bestScore) {
                best = hit;
                bestScore = score;
            }
        }
        if (best != null) {
            return best.place().label(english);
        }
        String unknown = unknownPlace(original);
        if (unknown != null) {
            return unknown;
        }
        for (int i = hits.size() - 1; i >= 0; i--) {
            Gazetteer.Hit hit = hits.get(i);
            if (hit.place().generic() && !ruledOut(text, hit) && goesToGeneric(text, hit)) {
                return hit.place().label(english);
            }
        }
        return null;
    }

    private static boolean ruledOut(String text, Gazetteer.Hit hit) {
        String before = before(text, hit.start(), 40);
        String after = after(text, hit.end(), 30);
        return JA_NEG_AFTER.matcher(after).find() || JA_ORIGIN_AFTER.matcher(after).find()
                || EN_NEG_BEFORE.matcher(before).find() || EN_NEG_AFTER.matcher(after).find()
                || EN_ORIGIN_BEFORE.matcher(before).find();
    }

    private static int score(String text, Gazetteer.Hit hit) {
        String before = before(text, hit.start(), 40);
        String after = after(text, hit.end(), 30);
        int score = 1;
        if (JA_GO_AFTER.matcher(after).find() || EN_GO_BEFORE.matcher(before).find()) {
            score += 2;
        }
        if (JA_CHANGE_BEFORE.matcher(before).find() || EN_CHANGE_BEFORE.matcher(before).find()
                || EN_CHANGE_AFTER.matcher(after).find()) {
            score += 2;
        }
        return score;
    }

    private static boolean goesToGeneric(String text, Gazetteer.Hit hit) {
        String before = before(text, hit.start(), 40);
        String after = after(text, hit.end(), 30);
        boolean bare = before.replaceAll("[\\s、。!?〜ー,.]", "").isEmpty() && after.replaceAll("[\\s、。!?〜ー,.]", "").isEmpty();
        return bare || JA_GENERIC_GO_AFTER.matcher(after).find() || EN_GENERIC_GO_BEFORE.matcher(before).find();
    }

    private static String unknownPlace(String original) {
        String text = Normalization.fold(original);
        String going = unknownJa(JA_UNKNOWN_GO.matcher(text), false);
        if (going != null) {
            return going;
        }
        String picked = unknownJa(JA_UNKNOWN_PICK.matcher(text), true);
        if (picked != null) {
            return picked;
        }
        Matcher en = EN_UNKNOWN.matcher(text);
        while (en.find()) {
            String name = en.group(1).replaceAll("(?:\\s+(?:de|del|la|of))+$", "").replaceAll("[.']+$", "");
            String first = name.split("\\s+")[0];
            if (!EN_STOPWORDS.contains(first) && acceptableUnknown(name)) {
                return name;
            }
        }
        return null;
    }

    private static String unknownJa(Matcher matcher, boolean placeLikeOnly) {
        while (matcher.find()) {
            String name = matcher.group(1);
            String previous;
            do {
                previous = name;
                name = JA_TIME_PREFIX.matcher(name).replaceFirst("");
            } while (!name.equals(previous) && !name.isEmpty());
            if (name.codePointCount(0, name.length()) >= 2 && acceptableUnknown(name) && !JA_STOPWORDS.contains(name)
                    && (!placeLikeOnly || JA_PLACE_LIKE.matcher(name).matches())) {
                return name;
            }
        }
        return null;
    }

    private static boolean acceptableUnknown(String name) {
        String normalized = Normalization.foldLower(name);
        return !ActivityLexicon.mentionsActivity(normalized) && Gazetteer.find(normalized).isEmpty();
    }

    // ---- activities

    private static boolean refusedJa(String text, int end, int nextMention) {
        int limit = Math.min(Math.min(nextMention, text.length()), end + 16);
        String window = text.substring(end, limit);
        Matcher clause = JA_CLAUSE_END.matcher(window);
        if (clause.find()) {
            window = window.substring(0, clause.start());
        }
        String cleaned = JA_MUST_HAVE.matcher(window).replaceAll("");
        if (JA_REFUSAL_EXPLICIT.matcher(cleaned).find()) {
            return true;
        }
        return JA_REFUSAL_PLAIN.matcher(cleaned).find() && !sentenceIsQuestion(text, end);
    }

    private static boolean refusedEn(String text, int start, int end) {
        String before = before(text, start, 60);
        Matcher boundary = EN_CLAUSE_START.matcher(before);
        int clauseStart = 0;
        while (boundary.find()) {
            clauseStart = boundary.end();
        }
        String clause = before.substring(clauseStart);
        String[] words = clause.strip().split("\\s+");
        String near = String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 7), words.length));
        String cleaned = EN_NOT_A_REFUSAL.matcher(near).replaceAll(" ");
        if (EN_REFUSAL_BEFORE_EXPLICIT.matcher(cleaned).find()) {
            return true;
        }
        if (EN_REFUSAL_BEFORE_PLAIN.matcher(cleaned).find() && !sentenceIsQuestion(text, end)) {
            return true;
        }
        return EN_REFUSAL_AFTER.matcher(after(text, end, 24)).find();
    }

    private static boolean sentenceIsQuestion(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?') {
                return true;
            }
            if (c == '。' || c == '!' || c == '.' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    private static String before(String text, int start, int span) {
        return text.substring(Math.max(0, start - span), start);
    }

    private static String after(String text, int end, int span) {
        return text.substring(end, Math.min(text.length(), end + span));
    }
}

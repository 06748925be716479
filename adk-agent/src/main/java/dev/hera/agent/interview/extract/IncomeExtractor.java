package dev.hera.agent.interview.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hera.model.Language;

/**
 * The user's annual income.
 * <ul>
 * <li>Japanese amounts are normalised to 「N万円」, 「N億円」 or 「N億M万円」: 年収450万 → 450万円,
 * 年収1億 → 1億円, 5,000,000円 → 500万円, 四百五十万 → 450万円; a bare number after 年収
 * is in 万 (年収450 → 450万円), as in the reference. Ranges become 「500〜600万円」; 以上, 以下,
 * 未満 and 台 are kept, 「くらい」 and the like are dropped.</li>
 * <li>Foreign amounts keep their currency symbol with thousands separators: $90k → $90,000,
 * €45k → €45,000, £50,000 → £50,000; an amount without any currency ("70k a year") stays
 * without one (70,000). Yen written in English ("5 million yen") is given the Japanese form.</li>
 * <li>An amount said by the month or the week is kept so (月収30万 → 月30万円, "$5,000 a month", "₹65,000 a month"),
 * as the person put it, rather than reckoned up to a year (a 13th salary, a bonus or unpaid weeks would make the sum
 * wrong).</li>
 * </ul>
 * A number only counts as income with a sign of money: a keyword (年収, 収入, 稼ぎ, income, salary,
 * earn, make), a currency, a 万/億 unit or a "k", or Hera having just asked about income. Ages,
 * counts, savings, rent and other people's incomes (「夫の年収」, 「年収600万以上の人がいい」) are not
 * the user's income. A bare number answering an income question is read by the session's
 * language: 「450」 → 450万円 in Japanese, "90000" → 90,000 in English.
 */
final class IncomeExtractor {

    record Result(String income, boolean corrected) {
    }

    private record Candidate(int start, int end, String value, int score) {
    }

    private static final String AMOUNT = Numbers.JA_AMOUNT;
    private static final Pattern JA_MONEY = Pattern.compile("(" + AMOUNT + ")(?:\\s*(?:〜|-|から|–|ー)\\s*(" + AMOUNT + "))?"
            + "\\s*(円)?\\s*(くらい|ぐらい|位|程度|ほど|前後|弱|強|以上|以下|未満|超え|超|台|オーバー)?");
    private static final Pattern JA_KEYWORD = Pattern.compile("(?:世帯)?年収|収入|所得|稼ぎ|給料|給与|手取り|額面|年俸|月収|月給|お給料|ボーナス(?:込み|こみ|入れ|含め)|(?<![今去来毎何昨0-9一二三四五六七八九十])年(?:だと|間|で|に)(?:は)?");
    private static final Pattern JA_EARN_AFTER = Pattern.compile("^\\s*(?:の(?:年収|収入|稼ぎ|給料)|稼い|稼ぎ|もらって|貰って|もろて|くらい稼)");
    private static final Pattern JA_NOT_INCOME_AFTER = Pattern.compile("^(?:人|年|歩|回|件|部|枚|台(?:数)?の|ドル|個|匹|本|冊|km|キロ|メートル|m\\b)");
    private static final Pattern OTHER_MONEY = Pattern.compile(
            "貯金|貯蓄|借金|ローン|家賃|資産|予算|費用|値段|価格|車|時給|日給|保険|学費|養育費|結婚式|式場|旅行|引っ越し|フォロワー|人口|再生|登録者|賞金|宝くじ|ボーナス(?!込|こみ|入れ|含め)"
                    + "|\\bsavings?\\b|\\bdebt\\b|\\bloan\\b|\\brent\\b|\\bmortgage\\b|\\bbudget\\b|\\bcost|\\bprice|\\bcar\\b|\\bfollowers\\b|\\bwedding\\b");
    /** 「世帯年収だと950万」, 「夫婦で1100万」: the household's, right before the amount, not the user's own. */
    private static final Pattern HOUSEHOLD_JA = Pattern.compile("(?:世帯|夫婦(?:で|合わせ|の)|(?:二人|ふたり)(?:で|合わせ|の)|家計)[^、,。]{0,8}$");
    /** 「手取りだと400」: take-home pay, which a gross figure said beside it outranks. */
    private static final Pattern TAKE_HOME_JA = Pattern.compile("手取り[^、,。0-9０-９一二三四五六七八九十百千]{0,8}$");
    private static final Pattern MONTHLY_JA = Pattern.compile("(?:月収|月給|毎月|ひと月|一か月|1か月|月に|月)\\s*(?:は|で|に)?\\s*$");
    private static final Pattern HOURLY_JA = Pattern.compile("(?:時給|日給)\\s*(?:は|で)?\\s*$");
    private static final Pattern APPROX_OR_COPULA = Pattern.compile("^\\s*(?:円)?\\s*(?:くらい|ぐらい|位|程度|ほど|前後|です|だよ|だ|や|かな|ちょっと|ちょい|ほどです|くらいです)");

    /**
     * The least yearly income a bare number stands for: it is read in 万 (「450」 → 450万円), so a bare number under 100
     * (an age, 「2こ上」, 「一言」) reads under 100万円 and is no income. The yen value is compared, not the digits.
     */
    private static final double BARE_AMOUNT_FLOOR = 100 * 1e4;

    /** "€28.000", "95.000 Euro": thousands grouped with full stops, as much of Europe writes them (three digits after each). */
    private static final String EUROPEAN_THOUSANDS = "\\d{1,3}(?:\\.\\d{3})+";
    private static final Pattern EUROPEAN_GROUPED = Pattern.compile(EUROPEAN_THOUSANDS);
    private static final String EN_NUM = EUROPEAN_THOUSANDS + "(?![\\d.,])|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    /** Currency codes said before or after the amount ("AED 25,000", "25,000 AED"), each known to {@link #currency}. */
    private static final String EN_CODES = "usd|eur|gbp|jpy|cad|aud|inr|php|aed|sar|sgd|hkd|nzd|zar|chf|cny|rmb|krw|mxn|brl";
    private static final String EN_ONE = "(?:(c\\$|ca\\$|a\\$|au\\$|us\\$|[$€£¥₹₱₦])|\\b(" + EN_CODES + ")\\s?)?\\s*(" + EN_NUM + ")\\s*(k\\b|thousand\\b|grand\\b|m\\b|mil\\b|million\\b|mn\\b)?"
            + "(?:\\s*(dollars?|bucks|euros?|pounds?|quid|yen|rupees|pesos|naira|dirhams?|riyals?|rand|francs?|yuan|" + EN_CODES + ")\\b)?";
    private static final Pattern EN_MONEY = Pattern.compile(EN_ONE + "(?:\\s*(?:-|–|to|〜)\\s*" + EN_ONE + ")?");
    private static final Pattern EN_WORD_MONEY = Pattern.compile("\\b(thousand|grand|million)\\b(?:\\s*(dollars?|bucks|euros?|pounds?|yen)\\b)?");
    private static final Pattern EN_KEYWORD = Pattern.compile(
            "\\b(?:earn|earns|earning|make|makes|making|made|salary|income|paid|gross|take home|bring in|bringing in|per year|a year|annually|yearly|per annum|/yr|/year|household)\\b");
    private static final Pattern EN_NOT_MONEY_AFTER = Pattern.compile(
            "^\\s*(?:-?years?\\b|yrs|yo\\b|y/o|kids|children|child|sons?|daughters?|cm|kg|lbs|%|percent|hours?|hrs|people|followers|miles|km|sq|feet|ft|times|days|weeks|months|minutes|steps)");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern YEAR_BEFORE = Pattern.compile(
            "\\b(?:in|since|from|until|till|by|born|year|back|graduated|married|moved)\\s*(?:the\\s+year\\s*)?$");
    private static final Pattern EN_MONTHLY = Pattern.compile("^\\s*(?:a|per|/|each|every)\\s*(?:month|mo)\\b|^\\s*monthly");
    private static final Pattern EN_WEEKLY = Pattern.compile("^\\s*(?:a|per|/|each|every)\\s*week\\b|^\\s*weekly");
    private static final Pattern EN_HOURLY = Pattern.compile("^\\s*(?:an|a|per|/)\\s*(?:hour|hr)\\b|^\\s*hourly");
    private static final Pattern EN_LAKH = Pattern.compile("(?:₹|\\brs\\.?\\s?|\\binr\\s?)?\\b\\d+(?:\\.\\d+)?\\s*(?:lpa|lakhs?|lacs?|crores?|cr)\\b");
    private static final Pattern EN_BAND = Pattern.compile(
            "\\b(?:low|lower|mid|middle|high|upper)[- ]\\$?[1-9]0(?:k)?s\\b|\\b(?:(?:low|mid|high)[- ])?six[- ]figures\\b");
    /** After a bare two- or three-digit yearly amount: "85 a year", "60 before tax", "70 gross". */
    private static final Pattern EN_THOUSANDS_UNSAID = Pattern.compile(
            "\\s*(?:a|per|/|each|every)\\s*(?:year|yr)\\b|\\s*(?:annually|yearly|gross|pre-?tax|before tax|after tax|take[- ]home)\\b");
    private static final Pattern EN_OVER = Pattern.compile("\\b(?:over|more than|above|at least|north of|upwards of)\\s*$");
    private static final Pattern EN_UNDER = Pattern.compile("\\b(?:under|less than|below|up to|not even)\\s*$");

    private IncomeExtractor() {
    }

    static Result extract(Context ctx) {
        Candidate best = null;
        for (Utterance.Sentence sentence : ctx.utterance().sentences) {
            best = better(best, japanese(ctx, sentence));
            best = better(best, english(ctx, sentence));
        }
        if (best == null) {
            return new Result(null, false);
        }
        boolean corrected = ctx.current().incomeRange() != null && !ctx.current().incomeRange().equals(best.value())
                && Corrections.hasCue(ctx.utterance().sentenceAt(best.start()).text());
        return new Result(best.value(), corrected);
    }

    private static Candidate better(Candidate a, Candidate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.score() > a.score() || b.score() == a.score() && b.start() > a.start() ? b : a;
    }

    /** The clause of [start, end): from the comma or semicolon before it to the one after it. */
    private static String clauseAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && ",;:(".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && ",;:)".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }

    private static Candidate japanese(Context ctx, Utterance.Sentence sentence) {
        String s = sentence.text();
        boolean keyword = JA_KEYWORD.matcher(s).find() || EN_KEYWORD.matcher(Utterance.lowerSameLength(s)).find();
        boolean otherMoney = OTHER_MONEY.matcher(Utterance.lowerSameLength(s)).find();
        Candidate best = null;
        Matcher m = JA_MONEY.matcher(s);
        while (m.find()) {
            int start = sentence.start() + m.start();
            int end = sentence.start() + m.end();
            String first = m.group(1);
            String second = m.group(2);
            boolean yen = m.group(3) != null;
            String modifier = m.group(4);
            String unit = unitOf(second != null ? second : first);
            boolean hasUnit = unit != null || yen;
            String after = ctx.text().substring(sentence.start() + m.end(second != null ? 2 : 1));
            if (JA_NOT_INCOME_AFTER.matcher(after).find() || isAge(ctx.text(), end)) {
                continue;
            }
            String before = s.substring(0, m.start());
            boolean nearKeyword = keywordBefore(s, m.start()) || JA_EARN_AFTER.matcher(s.substring(m.end())).find();
            boolean asked = ctx.question().asked(LastQuestion.Topic.INCOME);
            boolean correcting = ctx.current().incomeRange() != null && Corrections.hasCue(s);
            int score;
            if (nearKeyword) {
                score = 3;
            } else if (unit != null && !otherMoney
                    && (APPROX_OR_COPULA.matcher(ctx.text().substring(sentence.start() + m.end(second != null ? 2 : 1))).find()
                            || asked || correcting || keyword)) {
                score = 2;
            } else if (hasUnit && (asked || correcting) && !otherMoney) {
                score = 2;
            } else if (asked && !otherMoney && !hasUnit && !keyword && ctx.language() != Language.EN) {
                score = 1; // 「450」 after an income question: 万 as in the reference; in English "450" is no income

            } else {
                continue;
            }
            if (HOURLY_JA.matcher(before).find() || ctx.subjects().explicitAt(start) != Subject.USER
                    || Corrections.isRejected(ctx.lower(), start, end)) {
                continue;
            }
            Double low = yenValue(first, unit, yen);
            Double high = second == null ? null : yenValue(second, unitOf(second), yen);
            if (low == null || (!hasUnit && !nearKeyword && !asked)) {
                continue;
            }
            if (!hasUnit && low < BARE_AMOUNT_FLOOR && score < 3) {
                continue; // 「35です」, 「2こ上」, 「七三分け」 after an income question are not 35万円, 2万円, 73万円
            }
            boolean monthly = MONTHLY_JA.matcher(before).find();
            String value = (monthly ? "月" : "") + formatYenRange(low, high) + japaneseModifier(modifier);
            // 「年収は420万。手取りやと月26万」: a yearly figure said outright is what was asked, before a monthly one reckoned up
            // and one's own figure before the household's or the take-home one (「手取りだと400、額面で580万」)
            boolean lesser = monthly || HOUSEHOLD_JA.matcher(before).find() || TAKE_HOME_JA.matcher(before).find();
            Candidate c = new Candidate(start, end, value, lesser ? score - 1 : score);
            best = better(best, c);
        }
        return best;
    }

    /** A digit or numeral: a keyword with another figure between it and this one is that figure's. */
    private static final Pattern FIGURE = Pattern.compile("[0-9０-９一二三四五六七八九十百千万億]");
    /** The longest keyword of {@link #JA_KEYWORD} (「ボーナス含め」). */
    private static final int JA_KEYWORD_MAX_LENGTH = 6;
    /** How far before a figure its keyword may end (「年収は税込みでだいたい420万」). */
    private static final int JA_KEYWORD_REACH = 16;

    private static boolean keywordBefore(String s, int position) {
        // only the stretch a keyword can lie in is searched: one search over the whole message per figure
        // made a message of many figures cost the square of its length
        Matcher k = JA_KEYWORD.matcher(s).region(Math.max(0, position - JA_KEYWORD_REACH - JA_KEYWORD_MAX_LENGTH), position)
                .useTransparentBounds(true).useAnchoringBounds(false);
        while (k.find()) {
            if (position - k.end() <= JA_KEYWORD_REACH) {
                String between = s.substring(k.end(), position);
                if (!FIGURE.matcher(between).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAge(String text, int end) {
        return text.startsWith("歳", end) || text.startsWith("才", end);
    }

    private static String unitOf(String amount) {
        if (amount.contains("億")) {
            return "億";
        }
        return amount.contains("万") ? "万" : null;
    }

    /** Yen: a number without a unit is in 万 when small (年収450), otherwise already in yen (5,000,000円). */
    private static Double yenValue(String amount, String inheritedUnit, boolean yen) {
        Double value = Numbers.japanese(amount);
        if (value == null) {
            return null;
        }
        if (unitOf(amount) == null) {
            if ("億".equals(inheritedUnit)) {
                value *= 1e8;
            } else if ("万".equals(inheritedUnit) || value < 10_000 && !(yen && value >= 1_000)) {
                value *= 1e4;
            }
        }
        return value;
    }

    private static String japaneseModifier(String modifier) {
        if (modifier == null) {
            return "";
        }
        return switch (modifier) {
            case "以上", "超", "超え", "オーバー" -> "以上";
            case "以下" -> "以下";
            case "未満" -> "未満";
            case "台" -> "台";
            default -> "";
        };
    }

    static String formatYenRange(double low, Double high) {
        if (high == null || Math.abs(high - low) < 1) {
            return formatYen(low) + "円";
        }
        if (low < 1e8 && high < 1e8) {
            return man(low) + "〜" + man(high) + "万円";
        }
        return formatYen(low) + "〜" + formatYen(high) + "円";
    }

    /** 4500000 → 450万, 100000000 → 1億, 120000000 → 1億2000万, 3000 → 3000. */
    static String formatYen(double yen) {
        if (yen >= 1e8) {
            long oku = (long) Math.floor(yen / 1e8);
            double rest = yen - oku * 1e8;
            return oku + "億" + (rest >= 1e4 ? man(rest) + "万" : "");
        }
        if (yen >= 1e4) {
            return man(yen) + "万";
        }
        return String.valueOf(Math.round(yen));
    }

    private static String man(double yen) {
        double man = yen / 1e4;
        if (Math.abs(man - Math.rint(man)) < 1e-6) {
            return String.valueOf((long) Math.rint(man));
        }
        return String.format(Locale.ROOT, "%.1f", man).replaceAll("\\.0$", "");
    }

    private record Money(double value, String currency) {
    }

    private static Candidate english(Context ctx, Utterance.Sentence sentence) {
        String lower = Utterance.lowerSameLength(sentence.text());
        boolean keyword = EN_KEYWORD.matcher(lower).find();
        boolean asked = ctx.question().asked(LastQuestion.Topic.INCOME);
        boolean correcting = ctx.current().incomeRange() != null && Corrections.hasCue(sentence.text());
        boolean otherMoney = OTHER_MONEY.matcher(lower).find();
        Candidate best = null;
        Matcher lakh = EN_LAKH.matcher(lower);
        while (lakh.find()) {
            // "28 LPA", "12 lakhs per annum": kept in the person's unit (a lakh is 100,000 rupees)
            best = better(best, new Candidate(sentence.start() + lakh.start(), sentence.start() + lakh.end(),
                    sentence.text().substring(lakh.start(), lakh.end()), 4));
        }
        Matcher band = EN_BAND.matcher(lower);
        while (band.find()) {
            // "salary's in the low 80s", "mid six figures": a band, kept in the person's words
            if ((keyword || asked) && ctx.subjects().explicitAt(sentence.start() + band.start()) == Subject.USER) {
                best = better(best, new Candidate(sentence.start() + band.start(), sentence.start() + band.end(),
                        sentence.text().substring(band.start(), band.end()), 3));
            }
        }
        Matcher m = EN_MONEY.matcher(lower);
        while (m.find()) {
            if (m.group(3) == null) {
                continue;
            }
            int start = sentence.start() + m.start(3);
            String after = lower.substring(m.end());
            if (EN_NOT_MONEY_AFTER.matcher(after).find() || lower.startsWith("歳", m.end()) || lower.startsWith("万", m.end())
                    || lower.startsWith("円", m.end()) && m.group(1) == null) {
                continue; // ages, counts; 万 and 円 are read as Japanese
            }
            String symbolA = currency(m.group(1), m.group(2), m.group(5));
            String symbolB = m.group(8) == null ? null : currency(m.group(6), m.group(7), m.group(10));
            String multA = m.group(4);
            String multB = m.group(9);
            // "28 M" in an introduction is an age and a gender, not 28 million: a bare "m" needs a currency or an income word
            boolean letterM = "m".equals(multA) && symbolA == null && symbolB == null;
            if (letterM && !keyword && !asked) {
                continue;
            }
            boolean signal = symbolA != null || symbolB != null || multA != null || multB != null;
            if (!signal && !keyword && (!asked && !correcting || ctx.language() == Language.JA)) {
                continue; // a bare number is read as yen in 万 in a Japanese session
            }
            if (!signal && m.group(3).length() < 4 && !asked) {
                continue; // "I'm 29 and make..." : a small bare number is not an income
            }
            String before = lower.substring(0, m.start());
            if (!signal && m.group(8) == null && YEAR.matcher(m.group(3)).matches() && YEAR_BEFORE.matcher(before).find()) {
                continue; // "born in 1990", "married since 2015": a year
            }
            if (before.matches("(?s).*\\b(?:i'm|i am|im|age|aged|turned)\\s*$") && symbolA == null) {
                continue;
            }
            // "on about £48k as an engineer, my rent rose again": a cost said in another clause is no reason to doubt the figure
            boolean otherMoneyHere = otherMoney && OTHER_MONEY.matcher(clauseAround(lower, m.start(), m.end())).find();
            if (EN_HOURLY.matcher(after).find() || otherMoneyHere && !keyword
                    || ctx.subjects().explicitAt(start) != Subject.USER) {
                continue;
            }
            if (Corrections.isRejected(ctx.lower(), start, sentence.start() + m.end())) {
                continue;
            }
            String currency = symbolA != null ? symbolA : symbolB;
            String mult = multA != null ? multA : multB;
            double low = number(m.group(3)) * multiplier(multA != null ? multA : m.group(8) != null ? multB : null);
            Double high = m.group(8) == null ? null : number(m.group(8)) * multiplier(multB != null ? multB : multA);
            if (m.group(8) != null && multA == null && mult != null) {
                low = number(m.group(3)) * multiplier(mult);
            }
            double factor = EN_MONTHLY.matcher(after).find() ? 12 : EN_WEEKLY.matcher(after).find() ? 52 : 1;
            if (!signal && factor == 1 && low >= 15 && low < 1000 && EN_THOUSANDS_UNSAID.matcher(after).lookingAt()) {
                factor = 1000; // "I make like 85 a year before tax": thousands go without saying
            }
            if (low * factor < 1000 && !"¥".equals(currency)) {
                continue;
            }
            String period = factor == 12 ? " a month" : factor == 52 ? " a week" : "";
            if (factor == 1000) {
                low *= factor;
                high = high == null ? null : high * factor;
                period = "";
            }
            String prefix = EN_OVER.matcher(before).find() ? "over " : EN_UNDER.matcher(before).find() ? "under " : "";
            String value;
            if ("¥".equals(currency)) {
                value = (factor == 12 ? "月" : factor == 52 ? "週" : "") + formatYenRange(low, high)
                        + (prefix.equals("over ") ? "以上" : prefix.equals("under ") ? "以下" : "");
            } else {
                value = prefix + formatForeign(low, currency) + (high == null ? "" : "-" + formatForeign(high, currency)) + period;
            }
            // a keyword in the sentence and a currency each make an amount more certainly the income
            int score = (signal ? 2 : 1) + (keyword ? 1 : 0) + (currency != null ? 1 : 0) + (asked || correcting ? 1 : 0);
            // "2.000 euros per month, 28 thousand per year": the yearly figure said outright wins over one reckoned from a month
            score -= factor > 1 && factor < 1000 ? 2 : 0;
            best = better(best, new Candidate(start, sentence.start() + m.end(), value, score));
        }
        Matcher w = EN_WORD_MONEY.matcher(lower);
        while (w.find()) {
            Long number = longestNumberBefore(lower, w.start(), w.group(1));
            if (number == null) {
                continue;
            }
            int start = sentence.start() + w.start();
            String after = lower.substring(w.end());
            if (EN_NOT_MONEY_AFTER.matcher(after).find() || EN_HOURLY.matcher(after).find()
                    || ctx.subjects().explicitAt(start) != Subject.USER || otherMoney && !keyword) {
                continue;
            }
            String currency = currency(null, null, w.group(2));
            if (currency == null && !keyword && !asked) {
                continue;
            }
            boolean monthly = EN_MONTHLY.matcher(after).find();
            String text = "¥".equals(currency) ? (monthly ? "月" : "") + formatYenRange(number, null)
                    : formatForeign(number, currency) + (monthly ? " a month" : "");
            best = better(best, new Candidate(start, sentence.start() + w.end(), text, 2 + (keyword ? 1 : 0) + (currency != null ? 1 : 0)));
        }
        return best;
    }

    /** "ninety thousand": the longest run of number words before the multiplier that reads as a number. */
    private static Long longestNumberBefore(String lower, int multiplierStart, String multiplier) {
        String[] words = lower.substring(0, multiplierStart).trim().split("[\\s-]+");
        Long best = null;
        StringBuilder phrase = new StringBuilder();
        for (int i = words.length - 1; i >= 0 && i >= words.length - 5; i--) {
            phrase.insert(0, words[i] + " ");
            Long value = Numbers.english(phrase + multiplier);
            if (value == null) {
                break;
            }
            best = value;
        }
        return best;
    }

    private static double number(String digits) {
        return Double.parseDouble(EUROPEAN_GROUPED.matcher(digits).matches() ? digits.replace(".", "") : digits.replace(",", ""));
    }

    private static double multiplier(String mult) {
        if (mult == null) {
            return 1;
        }
        return switch (mult) {
            case "k", "thousand", "grand" -> 1_000;
            case "m", "mil", "million", "mn" -> 1_000_000;
            default -> 1;
        };
    }

    private static String currency(String symbol, String code, String word) {
        String key = symbol != null ? symbol : code != null ? code : word;
        if (key == null) {
            return null;
        }
        return switch (key.strip()) {
            case "$", "us$", "usd", "dollar", "dollars", "bucks" -> "$";
            case "c$", "ca$", "cad" -> "CA$";
            case "a$", "au$", "aud" -> "A$";
            case "€", "eur", "euro", "euros" -> "€";
            case "£", "gbp", "pound", "pounds", "quid" -> "£";
            case "¥", "jpy", "yen" -> "¥";
            case "₹", "inr", "rupees" -> "₹";
            case "₱", "php", "pesos" -> "₱";
            case "₦", "naira" -> "₦";
            case "aed", "dirham", "dirhams" -> "AED ";
            case "sar", "riyal", "riyals" -> "SAR ";
            case "sgd" -> "S$";
            case "hkd" -> "HK$";
            case "nzd" -> "NZ$";
            case "zar", "rand" -> "R";
            case "chf", "franc", "francs" -> "CHF ";
            case "cny", "rmb", "yuan" -> "CN¥";
            case "krw" -> "₩";
            case "mxn" -> "MX$";
            case "brl" -> "R$";
            default -> null;
        };
    }

    static String formatForeign(double value, String currency) {
        String number = Math.abs(value - Math.rint(value)) < 0.005 ? String.format(Locale.US, "%,d", (long) Math.rint(value))
                : String.format(Locale.US, "%,.2f", value);
        return (currency == null ? "" : currency) + number;
    }
}

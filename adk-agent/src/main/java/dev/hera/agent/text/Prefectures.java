package dev.hera.agent.text;

import java.util.List;

/**
 * Japan's 47 prefectures, the one table both the interview (where the person lives) and the
 * family (where the trip goes) read place names from.
 */
public final class Prefectures {

    /**
     * One prefecture.
     *
     * @param ja             its short name (青森, 東京)
     * @param official       its name with 都・道・府・県 (青森県, 東京都; 北海道 as it is)
     * @param en             its English name
     * @param jaCommonWord   the short name is also an everyday word (大分 "quite"): count it only in context
     * @param enEnglishWord  the English name is also an English word (Mie, Saga): not matched in English text
     */
    public record Prefecture(String ja, String official, String en, boolean jaCommonWord, boolean enEnglishWord) {
    }

    /** North to south, in the usual order. */
    public static final List<Prefecture> ALL = List.of(
            new Prefecture("北海道", "北海道", "Hokkaido", false, false),
            new Prefecture("青森", "青森県", "Aomori", false, false),
            new Prefecture("岩手", "岩手県", "Iwate", false, false),
            new Prefecture("宮城", "宮城県", "Miyagi", false, false),
            new Prefecture("秋田", "秋田県", "Akita", false, false),
            new Prefecture("山形", "山形県", "Yamagata", false, false),
            new Prefecture("福島", "福島県", "Fukushima", false, false),
            new Prefecture("茨城", "茨城県", "Ibaraki", false, false),
            new Prefecture("栃木", "栃木県", "Tochigi", false, false),
            new Prefecture("群馬", "群馬県", "Gunma", false, false),
            new Prefecture("埼玉", "埼玉県", "Saitama", false, false),
            new Prefecture("千葉", "千葉県", "Chiba", false, false),
            new Prefecture("東京", "東京都", "Tokyo", false, false),
            new Prefecture("神奈川", "神奈川県", "Kanagawa", false, false),
            new Prefecture("新潟", "新潟県", "Niigata", false, false),
            new Prefecture("富山", "富山県", "Toyama", false, false),
            new Prefecture("石川", "石川県", "Ishikawa", false, false),
            new Prefecture("福井", "福井県", "Fukui", false, false),
            new Prefecture("山梨", "山梨県", "Yamanashi", false, false),
            new Prefecture("長野", "長野県", "Nagano", false, false),
            new Prefecture("岐阜", "岐阜県", "Gifu", false, false),
            new Prefecture("静岡", "静岡県", "Shizuoka", false, false),
            new Prefecture("愛知", "愛知県", "Aichi", false, false),
            new Prefecture("三重", "三重県", "Mie", false, true),
            new Prefecture("滋賀", "滋賀県", "Shiga", false, false),
            new Prefecture("京都", "京都府", "Kyoto", false, false),
            new Prefecture("大阪", "大阪府", "Osaka", false, false),
            new Prefecture("兵庫", "兵庫県", "Hyogo", false, false),
            new Prefecture("奈良", "奈良県", "Nara", false, false),
            new Prefecture("和歌山", "和歌山県", "Wakayama", false, false),
            new Prefecture("鳥取", "鳥取県", "Tottori", false, false),
            new Prefecture("島根", "島根県", "Shimane", false, false),
            new Prefecture("岡山", "岡山県", "Okayama", false, false),
            new Prefecture("広島", "広島県", "Hiroshima", false, false),
            new Prefecture("山口", "山口県", "Yamaguchi", false, false),
            new Prefecture("徳島", "徳島県", "Tokushima", false, false),
            new Prefecture("香川", "香川県", "Kagawa", false, false),
            new Prefecture("愛媛", "愛媛県", "Ehime", false, false),
            new Prefecture("高知", "高知県", "Kochi", false, false),
            new Prefecture("福岡", "福岡県", "Fukuoka", false, false),
            new Prefecture("佐賀", "佐賀県", "Saga", false, true),
            new Prefecture("長崎", "長崎県", "Nagasaki", false, false),
            new Prefecture("熊本", "熊本県", "Kumamoto", false, false),
            new Prefecture("大分", "大分県", "Oita", true, false),
            new Prefecture("宮崎", "宮崎県", "Miyazaki", false, false),
            new Prefecture("鹿児島", "鹿児島県", "Kagoshima", false, false),
            new Prefecture("沖縄", "沖縄県", "Okinawa", false, false));

    private Prefectures() {
    }
}

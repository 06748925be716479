package dev.hera.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelRecordsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-28T06:15:12Z"), ZoneOffset.UTC);

    @Test
    @DisplayName("D9: a family plan is a snapshot; messages sent later never appear in it")
    void d9PlanIsSnapshot() {
        List<ConversationEntry> log = new ArrayList<>(List.of(ConversationEntry.user("沖縄に行きたい", CLOCK)));
        List<String> activities = new ArrayList<>(List.of("海水浴"));
        FamilyPlan plan = new FamilyPlan("沖縄", activities, "物語", "手紙", log);
        log.add(ConversationEntry.hera("後のメッセージ", CLOCK));
        activities.add("後の予定");
        assertEquals(1, plan.conversationLog().size());
        assertEquals(List.of("海水浴"), plan.activities());
        assertThrows(UnsupportedOperationException.class, () -> plan.activities().add("x"));
    }

    @Test
    @DisplayName("a family plan without lists has empty ones, and null items are dropped")
    void planListsNeverNull() {
        FamilyPlan plan = new FamilyPlan("沖縄", null, null, null, Arrays.asList(null, ConversationEntry.user("a", CLOCK)));
        assertEquals(List.of(), plan.activities());
        assertEquals(1, plan.conversationLog().size());
    }

    @Test
    @DisplayName("conversation entries from the user and Hera carry their speaker and the clock's time")
    void conversationFactories() {
        assertEquals(new ConversationEntry("user", "こんにちは", CLOCK.instant()), ConversationEntry.user("こんにちは", CLOCK));
        assertEquals(new ConversationEntry("hera", "ようこそ", CLOCK.instant()), ConversationEntry.hera("ようこそ", CLOCK));
    }

    @Test
    @DisplayName("the family starts with nothing proposed or confirmed")
    void initialFamilyState() {
        assertEquals(new FamilyState(false, false, false, null, null), FamilyState.initial());
    }

    @Test
    @DisplayName("each status requires its partner: current when married/partnered, ideal when single/other")
    void statusPartnerField() {
        assertEquals(RelationshipStatus.PartnerField.CURRENT, RelationshipStatus.MARRIED.partnerField());
        assertEquals(RelationshipStatus.PartnerField.CURRENT, RelationshipStatus.PARTNERED.partnerField());
        assertEquals(RelationshipStatus.PartnerField.IDEAL, RelationshipStatus.SINGLE.partnerField());
        assertEquals(RelationshipStatus.PartnerField.IDEAL, RelationshipStatus.OTHER.partnerField());
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({ "ja,JA", "JA,JA", "ja-JP,JA", "ja_JP,JA", "日本語,JA", "en,EN", "en-US,EN", "English,EN" })
    @DisplayName("the language is parsed leniently from codes, locale tags and names")
    void languageParsed(String text, Language expected) {
        assertEquals(Optional.of(expected), Language.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "", " ", "fr", "zz-ZZ" })
    @DisplayName("an unknown or blank language gives no result")
    void languageUnknown(String text) {
        assertEquals(Optional.empty(), Language.parse(text));
        assertEquals(Optional.empty(), Language.parse(null));
        assertEquals(Language.JA, Language.ofLocale(text), "Hera's own language when none she speaks is named");
        assertEquals(Language.EN, Language.ofLocale("en-GB"));
    }

    @Test
    @DisplayName("Big Five: count, sanitising and merging")
    void bigFiveOperations() {
        BigFive scores = new BigFive(0.7, null, Double.NaN, 1.5, -0.2);
        assertEquals(4, scores.count());
        assertEquals(new BigFive(0.7, null, 0.5, 0.5, 0.5), scores.sanitized());
        assertEquals(new BigFive(0.1, null, 0.2, null, null),
                new BigFive(0.7, null, 0.2, null, null).merge(new BigFive(0.1, null, null, null, null)));
        assertEquals(scores, scores.merge(null));
        assertEquals(0, new BigFive(null, null, null, null, null).count());
        assertTrue(BigFive.Trait.NEUROTICISM.valueIn(scores) < 0);
    }
}

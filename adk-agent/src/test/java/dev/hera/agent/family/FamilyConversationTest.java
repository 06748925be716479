package dev.hera.agent.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hera.model.ConversationEntry;
import dev.hera.model.FamilyState;
import dev.hera.model.Gender;
import dev.hera.model.Language;
import dev.hera.model.Persona;
import dev.hera.model.TripInfo;
import dev.hera.model.UserProfile;

/** The family conversation of sample-conversations.md and the plan's state machine. */
class FamilyConversationTest {

    private static final UserProfile PROFILE = PrepareFamilyTurnTest.completeProfile();
    private static final List<Persona> FAMILY = FamilyPersonas.build(PROFILE, Language.JA, 99);

    /** A conversation carried from message to message, as the session keys carry it. */
    private static final class Chat {
        FamilyState state = FamilyState.initial();
        TripInfo trip = new TripInfo(null, List.of());
        final List<ConversationEntry> log = new ArrayList<>();
        final List<Persona> family;
        final UserProfile profile;
        final Language language;
        int turn;

        Chat(UserProfile profile, List<Persona> family, Language language) {
            this.profile = profile;
            this.family = family;
            this.language = language;
        }

        FamilyConversation.Outcome say(String message) {
            turn++;
            FamilyConversation.Outcome outcome = FamilyConversation.next(new FamilyConversation.Input(profile, family, state,
                    trip, log, message, language, 1000 + turn, turn, Clock.systemUTC(), LocalDate.of(2026, 11, 26)));
            state = outcome.state();
            trip = outcome.trip();
            log.add(outcome.userEntry());
            log.addAll(outcome.replies());
            return outcome;
        }
    }

    @Test
    void theSampleConversationReachesAPlanWithStoryAndLetter() {
        Chat chat = new Chat(PROFILE, FAMILY, Language.JA);

        FamilyConversation.Outcome first = chat.say("今度の週末、みんなでどこか行かない？");
        assertEquals(List.of("夫", "長女", "長男"), first.replies().stream().map(ConversationEntry::speaker).toList(),
                "every member answers, partner first");
        assertEquals(3, first.replies().stream().map(ConversationEntry::message).distinct().count(), "each in its own words");

        chat.say("沖縄に行きたいな。");
        assertEquals("沖縄", chat.trip.destination());

        FamilyConversation.Outcome third = chat.say("海で泳いだり、水族館に行ったりしたい！");
        assertTrue(chat.trip.activities().size() >= 2, chat.trip.toString());
        assertTrue(chat.state.prompted(), "the first member proposes the plan");
        assertTrue(third.replies().get(0).message().contains("沖縄"), third.replies().get(0).message());

        FamilyConversation.Outcome yes = chat.say("いいね、それで決まり！");
        assertTrue(chat.state.confirmed() && chat.state.complete());
        assertNotNull(yes.plan());
        assertEquals("沖縄", yes.plan().destination());
        for (String name : List.of("けんた", "みお", "そうま", "沖縄")) {
            assertTrue(yes.plan().story().contains(name), "story names " + name);
            assertTrue(yes.plan().letter().contains(name), "letter names " + name);
        }
        for (String activity : yes.plan().activities()) {
            assertTrue(yes.plan().story().contains(activity), "story names " + activity);
        }
        int storyLength = yes.plan().story().replaceAll("\\s", "").codePointCount(0, yes.plan().story().replaceAll("\\s", "").length());
        assertTrue(storyLength >= 800 && storyLength <= 1200, "story length " + storyLength);
        assertEquals(chat.log.size(), yes.plan().conversationLog().size(), "the plan keeps the log up to the agreement");

        FamilyConversation.Outcome after = chat.say("ありがとう、楽しみ！");
        assertNull(after.plan(), "the story is written once");
        assertFalse(after.replies().isEmpty(), "warm answers after completion, not an error");
    }

    @Test
    void aNoKeepsPlanningAndTheSameProposalIsNotRepeated() {
        Chat chat = new Chat(PROFILE, FAMILY, Language.JA);
        chat.say("沖縄に行きたいな。");
        chat.say("海で泳いだり、水族館に行ったりしたい！");
        assertTrue(chat.state.prompted());

        FamilyConversation.Outcome no = chat.say("うーん、やっぱりやめておこう");
        assertFalse(chat.state.confirmed());
        assertFalse(chat.state.prompted());
        assertNull(no.plan());

        chat.say("今日は天気がいいね");
        assertFalse(chat.state.prompted(), "nothing changed, so the same plan is not proposed again");

        chat.say("やっぱり京都にしよう");
        assertEquals("京都", chat.trip.destination());
        assertTrue(chat.state.prompted(), "a changed plan is proposed");
        assertEquals("京都", chat.state.proposalDestination());

        FamilyConversation.Outcome yes = chat.say("うん、そうしよう！");
        assertEquals("京都", yes.plan().destination());
        assertTrue(yes.plan().story().contains("京都"), "the story follows the changed plan");
    }

    @Test
    void onlyThePersonsAnswerConfirmsNeverAChildsEnthusiasm() {
        Chat chat = new Chat(PROFILE, FAMILY, Language.JA);
        chat.say("沖縄に行きたいな。");
        FamilyConversation.Outcome proposing = chat.say("海で泳いだり、水族館に行ったりしたい！");
        assertTrue(chat.state.prompted());
        assertFalse(chat.state.confirmed(), "the children's replies in the proposing turn confirm nothing");
        assertNull(proposing.plan());
        chat.say("水族館ではイルカが見たいな");
        assertFalse(chat.state.confirmed(), "talk that is no answer confirms nothing");
    }

    @Test
    void whateverThePartnersRoleTheFirstMemberProposes() {
        UserProfile man = new UserProfile(null, 29, Gender.MALE, PROFILE.relationshipStatus(), "Seattle", "$90,000",
                PROFILE.userPersonalityTraits(), PROFILE.partnerFaceDescription(), PROFILE.childrenInfo(), null,
                PROFILE.idealPartner(), null, null, null, null, null);
        List<Persona> family = FamilyPersonas.build(man, Language.EN, 5);
        assertEquals("wife", family.get(0).role());
        Chat chat = new Chat(man, family, Language.EN);
        chat.say("Let's go to Hawaii!");
        chat.say("We could go swimming and visit the aquarium.");
        assertTrue(chat.state.prompted(), chat.trip.toString());
        FamilyConversation.Outcome yes = chat.say("Sounds great, let's do it!");
        assertTrue(chat.state.complete());
        assertTrue(yes.plan().letter().contains("けんた") || yes.plan().letter().contains(family.get(0).name()));
    }
}

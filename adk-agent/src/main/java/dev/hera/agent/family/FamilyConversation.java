package dev.hera.agent.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.hera.agent.family.offline.LetterWriter;
import dev.hera.agent.family.offline.MemberContext;
import dev.hera.agent.family.offline.MemberVoice;
import dev.hera.agent.family.offline.PlanAnswer;
import dev.hera.agent.family.offline.PlanMoment;
import dev.hera.agent.family.offline.StoryWriter;
import dev.hera.agent.family.offline.TripExtractor;
import dev.hera.agent.family.offline.TripFragment;
import dev.hera.model.ConversationEntry;
import dev.hera.model.FamilyPlan;
import dev.hera.model.FamilyState;
import dev.hera.model.Language;
import dev.hera.model.Persona;
import dev.hera.model.TripInfo;
import dev.hera.model.UserProfile;

/**
 * One message of the family conversation and the plan's state machine: only the person's own
 * words set the trip and answer the proposal (a family member's yes never confirms it); the first
 * family member proposes whatever its role, once per distinct plan (a decline does not repeat the
 * same proposal); on the person's yes the story and the letter are written, once, and the plan is
 * kept as a snapshot that later messages do not change. After that, members answer warmly and
 * briefly.
 */
public final class FamilyConversation {

    /** Everything one family message needs. */
    public record Input(UserProfile profile, List<Persona> family, FamilyState state, TripInfo trip,
            List<ConversationEntry> log, String message, Language language, long seed, int turnNumber, Clock clock,
            LocalDate today) {
    }

    /**
     * What the message changed: the person's entry, the members' replies (in order), the trip
     * memo, the plan state, and the plan when it was agreed on this message.
     */
    public record Outcome(ConversationEntry userEntry, List<ConversationEntry> replies, TripInfo trip, FamilyState state,
            FamilyPlan plan) {
    }

    private FamilyConversation() {
    }

    public static Outcome next(Input in) {
        ConversationEntry userEntry = ConversationEntry.user(in.message(), in.clock());
        TripInfo trip = in.trip() == null ? new TripInfo(null, List.of()) : in.trip();
        FamilyState state = in.state() == null ? FamilyState.initial() : in.state();
        if (state.complete()) {
            return new Outcome(userEntry, afterCompletion(in, trip), trip, state, null);
        }

        TripFragment said = TripExtractor.extract(in.message(), in.language());
        TripInfo proposal = state.prompted() ? new TripInfo(state.proposalDestination(), state.proposalActivities()) : null;
        PlanAnswer answer = state.prompted() ? PlanAnswer.classify(in.message(), in.language(), proposal) : PlanAnswer.UNKNOWN;
        TripInfo updated = apply(trip, said);

        if (answer == PlanAnswer.YES) {
            FamilyState agreed = new FamilyState(false, true, true, proposal.destination(), proposal.activities());
            List<ConversationEntry> replies = replies(in, updated, said, PlanMoment.CONFIRMED, false);
            List<ConversationEntry> log = new ArrayList<>(in.log() == null ? List.of() : in.log());
            log.add(userEntry);
            log.addAll(replies);
            String story = StoryWriter.write(in.profile(), in.family(), proposal, log, in.language(), in.seed());
            String letter = LetterWriter.write(in.profile(), in.family(), proposal, story, in.language(), in.today(), in.seed());
            FamilyPlan plan = new FamilyPlan(proposal.destination(), proposal.activities(), story, letter, log);
            return new Outcome(userEntry, replies, proposal, agreed, plan);
        }

        PlanMoment moment = answer == PlanAnswer.NO ? PlanMoment.DECLINED : PlanMoment.CHATTING;
        FamilyState next = answer == PlanAnswer.NO
                ? new FamilyState(false, false, false, state.proposalDestination(), state.proposalActivities())
                : state;
        boolean propose = !next.prompted() && updated.destination() != null && updated.activities() != null
                && updated.activities().size() >= 2 && !sameAsLastProposal(next, updated);
        if (propose) {
            next = new FamilyState(true, false, false, updated.destination(), List.copyOf(updated.activities()));
        }
        return new Outcome(userEntry, replies(in, updated, said, moment, propose), updated, next, null);
    }

    /** The trip after the person's message: a new destination replaces the old, activities accumulate or go. */
    static TripInfo apply(TripInfo trip, TripFragment said) {
        String destination = said.destination() != null ? said.destination() : trip.destination();
        Set<String> activities = new LinkedHashSet<>(trip.activities() == null ? List.of() : trip.activities());
        activities.addAll(said.activities());
        said.removedActivities().forEach(activities::remove);
        return new TripInfo(destination, List.copyOf(activities));
    }

    private static boolean sameAsLastProposal(FamilyState state, TripInfo trip) {
        return state.proposalDestination() != null && Objects.equals(state.proposalDestination(), trip.destination())
                && Objects.equals(state.proposalActivities(), trip.activities());
    }

    private static List<ConversationEntry> replies(Input in, TripInfo trip, TripFragment said, PlanMoment moment,
            boolean firstProposes) {
        List<ConversationEntry> replies = new ArrayList<>();
        for (int i = 0; i < in.family().size(); i++) {
            Persona member = in.family().get(i);
            PlanMoment own = i == 0 && firstProposes ? PlanMoment.PROPOSING : moment;
            String text = MemberVoice.reply(member, in.language(),
                    new MemberContext(in.message(), trip, said, in.turnNumber(), in.seed() + i, i == 0, own));
            replies.add(new ConversationEntry(member.role(), text, in.clock().instant()));
        }
        return replies;
    }

    private static List<ConversationEntry> afterCompletion(Input in, TripInfo trip) {
        List<ConversationEntry> replies = new ArrayList<>();
        // The partner and the eldest child answer; the whole family need not speak every time.
        for (int i = 0; i < Math.min(2, in.family().size()); i++) {
            Persona member = in.family().get(i);
            replies.add(new ConversationEntry(member.role(),
                    MemberVoice.afterCompletion(member, trip, in.language(), in.seed() + in.turnNumber() + i),
                    in.clock().instant()));
        }
        return replies;
    }
}

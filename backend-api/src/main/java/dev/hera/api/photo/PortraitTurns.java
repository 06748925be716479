package dev.hera.api.photo;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.hera.api.access.SignedImageLinks;
import dev.hera.api.error.ApiException;
import dev.hera.api.turn.TurnAnswer;
import dev.hera.api.turn.TurnGateway;
import dev.hera.error.ErrorCode;
import dev.hera.image.ImageName;
import dev.hera.model.Language;
import dev.hera.model.Partner;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileRules;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionSnapshot;
import dev.hera.session.SessionStore;
import dev.hera.work.Turn;
import dev.hera.work.TurnKind;
import dev.hera.work.TurnRequest;
import dev.hera.work.TurnResult;
import io.smallrye.mutiny.Uni;

/**
 * Portraits drawn by the agent: what each drawing needs before it is asked for (the partner's
 * looks; the person's photo, the partner's portrait and at least one wished-for child), the turn
 * that asks for it, and the answer once drawn.
 */
@ApplicationScoped
public class PortraitTurns implements TurnAnswer {

    private final SessionStore sessions;
    private final TurnGateway turns;
    private final SignedImageLinks links;

    public PortraitTurns(SessionStore sessions, TurnGateway turns, SignedImageLinks links) {
        this.sessions = sessions;
        this.turns = turns;
        this.links = links;
    }

    /** What the checks decide on: the profile and the session's images (and its language). */
    public Uni<SessionSnapshot> beforeDrawing(String sessionId) {
        return sessions.snapshot(sessionId, SessionKey.USER_PROFILE, SessionKey.PHOTOS);
    }

    /** Asks for the partner's portrait: 400 for another target or while the partner's looks are unknown. */
    public Uni<TurnGateway.Outcome> partner(SessionSnapshot session, Language language, String target,
            boolean respondAsync) {
        if (!TurnRequest.PartnerPortrait.PARTNER.equals(target)) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.IMAGE_TARGET_UNSUPPORTED, language));
        }
        if (!knowsPartnerLooks(profile(session))) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.PARTNER_DESCRIPTION_MISSING, language));
        }
        return turns.submit(session.meta().sessionId(), language, new TurnRequest.PartnerPortrait(), null, respondAsync);
    }

    /** Asks for the children's portraits: 400 without both pictures, 409 while no child is wished for. */
    public Uni<TurnGateway.Outcome> children(SessionSnapshot session, Language language, boolean respondAsync) {
        Map<String, String> recorded = session.hash(SessionKey.PHOTOS);
        if (!recorded.containsKey(ImageName.USER) || !recorded.containsKey(ImageName.PARTNER)) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.PHOTOS_REQUIRED, language));
        }
        if (!wishesForChildren(profile(session))) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.CHILDREN_REQUIRED, language));
        }
        return turns.submit(session.meta().sessionId(), language, new TurnRequest.ChildPortraits(), null, respondAsync);
    }

    @Override
    public boolean answers(TurnKind kind) {
        return kind == TurnKind.PARTNER_PORTRAIT || kind == TurnKind.CHILD_PORTRAITS;
    }

    @Override
    public Uni<PortraitGenerated> answer(String sessionId, Turn turn) {
        return Uni.createFrom().item(() -> PortraitGenerated.of(turn.result(TurnResult.Portraits.class), links::sign));
    }

    private static UserProfile profile(SessionSnapshot snapshot) {
        return snapshot.document(SessionKey.USER_PROFILE, UserProfile.class).orElseGet(UserProfile::empty);
    }

    /** The partner's looks: the face description, or the appearance of either partner. */
    private static boolean knowsPartnerLooks(UserProfile profile) {
        return ProfileRules.hasText(profile.partnerFaceDescription())
                || hasAppearance(profile.currentPartner()) || hasAppearance(profile.idealPartner());
    }

    private static boolean hasAppearance(Partner partner) {
        return partner != null && ProfileRules.hasText(partner.appearance());
    }

    /** At least one wished-for child, however little is known about it yet. */
    private static boolean wishesForChildren(UserProfile profile) {
        return profile.childrenInfo() != null && profile.childrenInfo().stream().anyMatch(child -> child != null);
    }
}

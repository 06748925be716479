package dev.hera.agent.family;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.hera.agent.work.TurnHandler;
import dev.hera.error.ErrorCode;
import dev.hera.model.Language;
import dev.hera.model.Persona;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileRules;
import dev.hera.session.Phase;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionMeta;
import dev.hera.session.SessionSnapshot;
import dev.hera.session.SessionStore;
import dev.hera.work.SessionChanges;
import dev.hera.work.Turn;
import dev.hera.work.TurnKind;
import dev.hera.work.TurnResult;
import dev.hera.work.TurnWorker;
import io.smallrye.mutiny.Uni;

/**
 * Prepares the family once the interview is complete: builds the personas (once — a family
 * stays the same family) and moves the session into the family phase.
 */
@ApplicationScoped
public class PrepareFamilyHandler implements TurnHandler {

    private final SessionStore sessions;

    public PrepareFamilyHandler(SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public TurnKind kind() {
        return TurnKind.PREPARE_FAMILY;
    }

    @Override
    public Uni<TurnWorker.Answer> answer(Turn turn) {
        return sessions.snapshot(turn.sessionId(), SessionKey.USER_PROFILE, SessionKey.PERSONAS).map(snapshot -> {
            List<Persona> family = familyOf(turn.sessionId(), snapshot);
            SessionChanges changes = SessionChanges.none()
                    .putFields(SessionKey.META, SessionMeta.inPhase(Phase.FAMILY));
            if (snapshot.document(SessionKey.PERSONAS, Persona[].class).isEmpty()) {
                changes.setDocument(SessionKey.PERSONAS, family);
            }
            return new TurnWorker.Answer(new TurnResult.FamilyPrepared(family, true), changes);
        });
    }

    /**
     * The session's family: the stored personas when there are some, otherwise built from the
     * complete profile. Fails the turn when the profile is not complete yet.
     */
    public static List<Persona> familyOf(String sessionId, SessionSnapshot snapshot) {
        var stored = snapshot.document(SessionKey.PERSONAS, Persona[].class);
        if (stored.isPresent() && stored.get().length > 0) {
            return List.of(stored.get());
        }
        UserProfile profile = snapshot.document(SessionKey.USER_PROFILE, UserProfile.class).orElse(UserProfile.empty());
        if (!ProfileRules.isComplete(profile)) {
            throw new TurnWorker.TurnFailure(ErrorCode.PROFILE_INCOMPLETE, "the interview is not complete");
        }
        Language language = snapshot.meta().language();
        return FamilyPersonas.build(profile, language, FamilyPersonas.seedOf(sessionId));
    }
}

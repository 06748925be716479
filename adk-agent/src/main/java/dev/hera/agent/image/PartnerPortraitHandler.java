package dev.hera.agent.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.hera.agent.image.PortraitFeatures.FaceGender;
import dev.hera.agent.work.TurnHandler;
import dev.hera.error.ErrorCode;
import dev.hera.image.ImageLinks;
import dev.hera.image.ImageName;
import dev.hera.session.SessionPhotos;
import dev.hera.model.Gender;
import dev.hera.model.Partner;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileRules;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionStore;
import dev.hera.work.SessionChanges;
import dev.hera.work.Turn;
import dev.hera.work.TurnKind;
import dev.hera.work.TurnResult;
import dev.hera.work.TurnWorker;
import io.smallrye.mutiny.Uni;

/**
 * Draws the partner's portrait from the profile (the face description, the partner's appearance
 * and temperament) and stores it as {@code partner.png}: by the image model when one is
 * configured, else by the offline renderer, with which the same profile always gives the same
 * picture (the seed comes from what is drawn, not from the session).
 */
@ApplicationScoped
public class PartnerPortraitHandler implements TurnHandler {

    /** Where the partner's portrait is kept. */
    public static final ImageName PARTNER_IMAGE = ImageName.of(ImageName.PARTNER, "png");

    /** What the portrait is drawn from. */
    record Subject(String description, Integer age, FaceGender gender) {

        PortraitFeatures features() {
            return FeatureReader.read(description, age, gender);
        }

        long seed() {
            return PortraitResults.seedOf(description + "|" + age + "|" + gender);
        }
    }

    private final SessionStore sessions;
    private final SessionPhotos photos;
    private final PortraitDrawing drawing;
    private final ImageLinks links;

    public PartnerPortraitHandler(SessionStore sessions, SessionPhotos photos, PortraitDrawing drawing, ImageLinks links) {
        this.sessions = sessions;
        this.photos = photos;
        this.drawing = drawing;
        this.links = links;
    }

    @Override
    public TurnKind kind() {
        return TurnKind.PARTNER_PORTRAIT;
    }

    @Override
    public Uni<TurnWorker.Answer> answer(Turn turn) {
        String id = turn.sessionId();
        return sessions.snapshot(id, SessionKey.USER_PROFILE)
                .map(snapshot -> subjectOf(snapshot.document(SessionKey.USER_PROFILE, UserProfile.class)
                        .orElseGet(UserProfile::empty)))
                .chain(subject -> drawing.draw("partner_portrait", PortraitDrawing.partnerPrompt(subject), List.of(),
                        () -> PortraitRenderer.render(subject.features(), subject.seed()))
                        .chain(drawn -> photos.save(id, PARTNER_IMAGE, drawn.png()).map(ref -> {
                            var result = new TurnResult.Portraits(links.of(id, ref.name()),
                                    List.of(PortraitResults.image(links, id, ref)), new TurnResult.PortraitMeta(
                                            TurnResult.PortraitMeta.PARTNER, drawn.engine(), subject.description(), null));
                            // SessionPhotos has recorded the image in the photos key already
                            return new TurnWorker.Answer(result, SessionChanges.none());
                        })));
    }

    /**
     * The description (face description, then the partner's appearance when it adds something,
     * then the temperament), the age (the partner's, else the person's) and the inferred gender.
     */
    static Subject subjectOf(UserProfile profile) {
        Partner partner = partnerOf(profile).orElse(null);
        List<String> parts = new ArrayList<>();
        if (ProfileRules.hasText(profile.partnerFaceDescription())) {
            parts.add(profile.partnerFaceDescription().strip());
        }
        if (partner != null && ProfileRules.hasText(partner.appearance())
                && parts.stream().noneMatch(part -> part.contains(partner.appearance().strip()))) {
            parts.add(partner.appearance().strip());
        }
        if (parts.isEmpty()) {
            throw new TurnWorker.TurnFailure(ErrorCode.PARTNER_DESCRIPTION_MISSING, "nothing is known of the partner's looks");
        }
        if (partner != null && ProfileRules.hasText(partner.temperament())) {
            parts.add(partner.temperament().strip());
        }
        Integer age = partner != null && partner.age() != null ? partner.age() : profile.age();
        return new Subject(String.join("、", parts), age, partnerGender(profile));
    }

    /** The partner the relationship requires, else whichever partner is described. */
    private static Optional<Partner> partnerOf(UserProfile profile) {
        Optional<Partner> required = profile.requiredPartnerField().map(profile::partner);
        if (required.isPresent()) {
            return required;
        }
        return Optional.ofNullable(profile.currentPartner()).or(() -> Optional.ofNullable(profile.idealPartner()));
    }

    /**
     * A woman's partner is drawn as a man and a man's as a woman; otherwise the gender is left to
     * the description's own words ("彼女", "he") or stays unknown. Never a fixed gender.
     */
    static FaceGender partnerGender(UserProfile profile) {
        Gender gender = profile.gender();
        if (gender == Gender.FEMALE) {
            return FaceGender.MALE;
        }
        if (gender == Gender.MALE) {
            return FaceGender.FEMALE;
        }
        return FaceGender.UNKNOWN;
    }
}

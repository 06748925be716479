package dev.hera.agent.image;

import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import dev.hera.agent.model.ImageModel;
import dev.hera.agent.work.TurnHandler;
import dev.hera.error.ErrorCode;
import dev.hera.image.ImageLinks;
import dev.hera.image.ImageName;
import dev.hera.image.PictureCodec;
import dev.hera.session.SessionPhotos;
import dev.hera.model.ChildWish;
import dev.hera.model.ImageRef;
import dev.hera.model.UserProfile;
import dev.hera.session.SessionKey;
import dev.hera.session.SessionStore;
import dev.hera.work.SessionChanges;
import dev.hera.work.Turn;
import dev.hera.work.TurnKind;
import dev.hera.work.TurnResult;
import dev.hera.work.TurnWorker;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Draws a portrait of each wished-for child ({@code child_1.png}, {@code child_2.png}, ... in
 * birth order) from the user's photo and the partner's portrait: by the image model (both
 * pictures handed along) when one is configured, else by the offline renderer. All portraits
 * are drawn before the first is stored, so an unreadable photo stores nothing.
 */
@ApplicationScoped
public class ChildPortraitsHandler implements TurnHandler {

    private record Parents(ImageName user, ImageName partner) {
    }

    private record Pictures(SessionPhotos.Photo user, BufferedImage userImage, SessionPhotos.Photo partner,
            BufferedImage partnerImage) {
    }

    private record Drawn(ChildWish child, ImageName name, byte[] png, String engine) {
    }

    private record Stored(ChildWish child, ImageRef ref, String engine) {
    }

    private final SessionStore sessions;
    private final SessionPhotos photos;
    private final PortraitDrawing drawing;
    private final ImageLinks links;

    public ChildPortraitsHandler(SessionStore sessions, SessionPhotos photos, PortraitDrawing drawing, ImageLinks links) {
        this.sessions = sessions;
        this.photos = photos;
        this.drawing = drawing;
        this.links = links;
    }

    @Override
    public TurnKind kind() {
        return TurnKind.CHILD_PORTRAITS;
    }

    @Override
    public Uni<TurnWorker.Answer> answer(Turn turn) {
        String id = turn.sessionId();
        return photos.album(id).map(ChildPortraitsHandler::parentsOf)
                .chain(parents -> sessions.snapshot(id, SessionKey.USER_PROFILE)
                        .map(snapshot -> childrenOf(snapshot.document(SessionKey.USER_PROFILE, UserProfile.class)
                                .orElseGet(UserProfile::empty)))
                        .chain(children -> photos.read(id, parents.user())
                                .chain(user -> photos.read(id, parents.partner())
                                        .chain(partner -> PortraitResults.drawn(() -> decoded(user, partner))))
                                .chain(pictures -> draw(pictures, children))))
                .chain(drawn -> saveAll(id, drawn))
                .map(stored -> new TurnWorker.Answer(result(id, stored), SessionChanges.none()));
    }

    private static Parents parentsOf(SessionPhotos.Album album) {
        Optional<ImageName> user = album.images().stream()
                .map(ref -> ImageName.parse(ref.name()))
                .flatMap(Optional::stream)
                .filter(name -> name.base().equals(ImageName.USER))
                .findFirst();
        Optional<ImageName> partner = album.find(PartnerPortraitHandler.PARTNER_IMAGE).map(ref -> PartnerPortraitHandler.PARTNER_IMAGE);
        if (user.isEmpty() || partner.isEmpty()) {
            throw photosRequired();
        }
        return new Parents(user.get(), partner.get());
    }

    /** The wished-for children in birth order (those without an order keep their place after the others). */
    static List<ChildWish> childrenOf(UserProfile profile) {
        List<ChildWish> children = profile.childrenInfo() == null ? List.of()
                : profile.childrenInfo().stream().filter(Objects::nonNull)
                        .sorted(Comparator.comparing(ChildWish::order, Comparator.nullsLast(Comparator.naturalOrder())))
                        .limit(UserProfile.MAX_CHILDREN)
                        .toList();
        if (children.isEmpty()) {
            throw new TurnWorker.TurnFailure(ErrorCode.CHILDREN_REQUIRED, "no wished-for children");
        }
        return children;
    }

    /** Both parents' pictures, decoded: a picture that cannot be read fails the turn before anything is drawn. */
    private static Pictures decoded(Optional<SessionPhotos.Photo> user, Optional<SessionPhotos.Photo> partner) {
        SessionPhotos.Photo userPhoto = user.orElseThrow(ChildPortraitsHandler::photosRequired);
        SessionPhotos.Photo partnerPortrait = partner.orElseThrow(ChildPortraitsHandler::photosRequired);
        return new Pictures(userPhoto, decode(userPhoto.bytes()), partnerPortrait, decode(partnerPortrait.bytes()));
    }

    /** One portrait per child, one after the other; all are drawn before the first is stored. */
    private Uni<List<Drawn>> draw(Pictures pictures, List<ChildWish> children) {
        List<ImageModel.Reference> parents = List.of(reference(pictures.user()), reference(pictures.partner()));
        return Multi.createFrom().range(0, children.size())
                .onItem().transformToUniAndConcatenate(i -> {
                    ChildWish child = children.get(i);
                    int index = i + 1;
                    long seed = PortraitResults.seedOf(child.name() + "|" + child.desiredGender() + "|" + index);
                    return drawing.draw("child_portrait", PortraitDrawing.childPrompt(child), parents,
                            () -> ChildPortrait.render(pictures.userImage(), pictures.partnerImage(), child, index, seed))
                            .map(drawn -> new Drawn(child, ImageName.of("child_" + index, "png"), drawn.png(), drawn.engine()));
                })
                .collect().asList();
    }

    /**
     * Stores the portraits one after the other; when one cannot be stored, those stored by this
     * turn are removed again, so a failed turn never leaves half a set of children behind.
     */
    private Uni<List<Stored>> saveAll(String id, List<Drawn> drawn) {
        List<Stored> saved = new CopyOnWriteArrayList<>();
        return Multi.createFrom().iterable(drawn)
                .onItem().transformToUniAndConcatenate(portrait -> photos.save(id, portrait.name(), portrait.png())
                        .map(ref -> new Stored(portrait.child(), ref, portrait.engine()))
                        .invoke(saved::add))
                .collect().asList()
                .onFailure().call(() -> Multi.createFrom().iterable(saved)
                        .onItem().transformToUniAndConcatenate(stored -> photos
                                .remove(id, ImageName.parse(stored.ref().name()).orElseThrow())
                                .onFailure().recoverWithNull())
                        .collect().asList());
    }

    private static ImageModel.Reference reference(SessionPhotos.Photo photo) {
        return new ImageModel.Reference(photo.bytes(), photo.ref().contentType(), photo.ref().name());
    }

    /**
     * The stored image (at most {@link PictureCodec#MAX_SIDE} pixels on its longest side), or a 422
     * failure when it is not a picture that decodes within {@link PictureCodec#MAX_PIXELS}: a photo
     * planted in the store past the API's checks fails the turn, never the agent.
     */
    static BufferedImage decode(byte[] bytes) {
        BufferedImage image;
        try {
            image = PictureCodec.decode(bytes);
        } catch (PictureCodec.TooLarge | PictureCodec.Unreadable refused) {
            throw unreadable();
        }
        if (image.getWidth() < 8 || image.getHeight() < 8) {
            throw unreadable();
        }
        return image;
    }

    private TurnResult.Portraits result(String id, List<Stored> stored) {
        List<TurnResult.PortraitImage> images = stored.stream().map(each -> PortraitResults.image(links, id, each.ref()))
                .toList();
        List<TurnResult.ChildPortrait> children = stored.stream().map(each -> new TurnResult.ChildPortrait(
                each.child().name(),
                each.child().desiredGender() == null ? null : each.child().desiredGender().value(),
                links.of(id, each.ref().name()), each.engine())).toList();
        List<String> engines = stored.stream().map(Stored::engine).distinct().toList();
        var meta = new TurnResult.PortraitMeta(TurnResult.PortraitMeta.CHILD,
                engines.size() == 1 ? engines.get(0) : TurnResult.PortraitMeta.MIXED, null, children);
        return new TurnResult.Portraits(images.get(0).imageUrl(), images, meta);
    }

    private static TurnWorker.TurnFailure photosRequired() {
        return new TurnWorker.TurnFailure(ErrorCode.PHOTOS_REQUIRED, "the user's photo and the partner's portrait are both needed");
    }

    private static TurnWorker.TurnFailure unreadable() {
        return new TurnWorker.TurnFailure(ErrorCode.IMAGE_UNREADABLE, "a stored photo cannot be decoded");
    }
}

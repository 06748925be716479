package dev.hera.agent.image;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dev.hera.agent.model.ImageModel;
import dev.hera.agent.model.ModelFailure;
import dev.hera.agent.model.Models;
import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;
import io.smallrye.mutiny.Uni;

/** Draws a portrait with the image model when one is configured, and with the offline renderer otherwise or when the model fails. */
@ApplicationScoped
public class PortraitDrawing {

    /** A drawn PNG and the engine that drew it ({@code offline} or the provider's name). */
    record Drawn(byte[] png, String engine) {
    }

    private final Optional<ImageModel> model;

    public PortraitDrawing(Models models) {
        this.model = models.imageModel();
    }

    Uni<Drawn> draw(String task, String prompt, List<ImageModel.Reference> references, Supplier<byte[]> offline) {
        Uni<Drawn> offlineDrawing = PortraitResults.drawn(offline).map(png -> new Drawn(png, PortraitResults.OFFLINE_ENGINE));
        if (model.isEmpty()) {
            return offlineDrawing;
        }
        return model.get().draw(task, prompt, references)
                .map(png -> new Drawn(png, model.get().provider().id()))
                .onFailure(ModelFailure.class).recoverWithUni(() -> offlineDrawing);
    }

    /** The partner's portrait, asked for in words the model reads in any language. */
    static String partnerPrompt(PartnerPortraitHandler.Subject subject) {
        String who = switch (subject.gender()) {
            case MALE -> "a man";
            case FEMALE -> "a woman";
            case UNKNOWN -> "a person";
        };
        String age = subject.age() == null ? "" : " of about " + subject.age();
        return "A warm, natural head-and-shoulders portrait photograph of " + who + age
                + ". Looks and manner, as described by the person who imagines them: " + subject.description()
                + ". Soft daylight, plain light background, friendly expression, no text.";
    }

    /** A child's portrait from the two parents' pictures handed along with the prompt. */
    static String childPrompt(ChildWish child) {
        String who = child.desiredGender() == null ? "a child"
                : child.desiredGender() == ChildGender.BOY ? "a boy" : "a girl";
        String name = child.name() == null ? "" : " named " + child.name();
        return "A warm, natural head-and-shoulders portrait photograph of " + who + name
                + " of about six, the child of the two people in the reference pictures, visibly inheriting features"
                + " of both (hair colour, eyes, skin tone, face shape). Soft daylight, plain light background, no text.";
    }
}

package dev.hera.api.photo;

import jakarta.enterprise.context.ApplicationScoped;

import dev.hera.api.web.SessionScope;
import dev.hera.config.HeraConfig;

/**
 * Links to session images: the API's own {@code /api/sessions/<id>/photos/<name>}, relative unless
 * {@code hera.images.public-base-url} names the public address of the API. Never a server path or a
 * storage URL (D19, D20).
 */
@ApplicationScoped
public class ImageUrls {

    private final String base;

    public ImageUrls(HeraConfig config) {
        this.base = config.images().publicBaseUrl().map(url -> url.replaceAll("/+$", "")).orElse("");
    }

    /** The link to one image of a session, e.g. {@code /api/sessions/<id>/photos/user.jpg}. */
    public String of(String sessionId, String fileName) {
        return base + SessionScope.path(sessionId) + "/photos/" + fileName;
    }
}

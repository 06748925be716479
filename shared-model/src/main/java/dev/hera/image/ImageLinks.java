package dev.hera.image;

import jakarta.enterprise.context.ApplicationScoped;

import dev.hera.config.HeraConfig;

/**
 * Links to a session's images, the same whichever service writes them: the API's own
 * {@code /api/sessions/<id>/photos/<name>}, relative unless {@code hera.images.public-base-url}
 * names the public address of the API. Never a server path or a storage URL: images are only
 * ever served through the API, which checks the session.
 */
@ApplicationScoped
public class ImageLinks {

    /** Where the API serves sessions. */
    public static final String SESSIONS_PATH = "/api/sessions";

    private final String base;

    public ImageLinks(HeraConfig config) {
        this.base = config.images().publicBaseUrl().map(url -> url.replaceAll("/+$", "")).orElse("");
    }

    /** {@code /api/sessions/<id>}. */
    public static String sessionPath(String sessionId) {
        return SESSIONS_PATH + "/" + sessionId;
    }

    /** The link to one image of a session, e.g. {@code /api/sessions/<id>/photos/user.jpg}. */
    public String of(String sessionId, String imageName) {
        return base + sessionPath(sessionId) + "/photos/" + imageName;
    }
}

package dev.hera.api.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import dev.hera.api.access.SignedImageLinks;
import dev.hera.api.error.ApiException;
import dev.hera.api.web.ErrorResponses;
import dev.hera.api.web.SessionScope;
import dev.hera.config.HeraConfig;
import dev.hera.error.ErrorCode;
import dev.hera.image.ImageName;
import dev.hera.image.ImageStore;
import dev.hera.session.SessionPhotos;
import dev.hera.model.ImageRef;
import dev.hera.model.Language;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The images of a session: the user's photo upload (checked by content, stored with its real type),
 * the list, and the bytes of one image.
 */
@Path(SessionScope.SESSIONS_PATH)
@Tag(name = "photos", description = "The user's photo and the generated portraits")
public class PhotoResource {

    private final SessionPhotos photos;
    private final ImageStore images;
    private final SignedImageLinks urls;
    private final long maxBytes;

    public PhotoResource(SessionPhotos photos, ImageStore images, SignedImageLinks urls, HeraConfig config) {
        this.photos = photos;
        this.images = images;
        this.urls = urls;
        this.maxBytes = config.images().maxBytes();
    }

    @POST
    @Path("/{sessionId}/photos/user")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload the user's photo",
            description = "multipart/form-data with the part \"file\". The content must be a decodable JPEG or PNG; "
                    + "the file name and declared type are ignored. Only its pixels are kept: re-encoded, at most "
                    + "2048 pixels on the longest side, without EXIF, GPS or other metadata; stored as user.jpg or "
                    + "user.png, replacing an earlier photo.")
    @APIResponse(responseCode = "200", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PhotoUploaded.class)))
    @Extension(name = ErrorResponses.ERRORS, value = "IMAGE_REQUIRED IMAGE_TOO_LARGE IMAGE_FORMAT")
    public Uni<PhotoUploaded> upload(@RestPath String sessionId,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        String id = SessionScope.requireId(sessionId);
        return photos.album(id).chain(album -> {
            Language language = SessionScope.language(album.meta());
            if (file == null) {
                throw new ApiException(ErrorCode.IMAGE_REQUIRED, language);
            }
            if (file.size() > maxBytes) {
                throw tooLarge(language);
            }
            return Uni.createFrom().item(() -> readAndClean(file, language))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .chain(image -> photos.save(id, ImageName.of(ImageName.USER, image.format().extension()), image.bytes()))
                    .map(ref -> new PhotoUploaded("success", urls.of(id, ref.name()), PhotoInfo.of(ref)));
        });
    }

    @GET
    @Path("/{sessionId}/photos")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The images of the session")
    @APIResponse(responseCode = "200", description = "The images, ordered by name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PhotoList.class)))
    public Uni<PhotoList> list(@RestPath String sessionId) {
        String id = SessionScope.requireId(sessionId);
        return photos.list(id).map(refs -> new PhotoList("success", refs.stream().map(ref -> item(id, ref)).toList()));
    }

    @GET
    @Path("/{sessionId}/photos/{name}")
    @Operation(summary = "The bytes of one image",
            description = "Names: user, partner or child_<n>, with png, jpg or jpeg; served with the type of the content. "
                    + "Opened either by the session's credential or, with no header (an <img src>), by the expires and "
                    + "signature of an image_url the API handed out; an altered, expired or other session's link: 404.")
    @Parameter(name = SignedImageLinks.EXPIRES, in = ParameterIn.QUERY, description = "Of a signed image link: "
            + "until when it works, in seconds since the epoch")
    @Parameter(name = SignedImageLinks.SIGNATURE, in = ParameterIn.QUERY, description = "Of a signed image link")
    @APIResponse(responseCode = "200", description = "The image", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @Extension(name = ErrorResponses.ERRORS, value = "INVALID_IMAGE_NAME IMAGE_NOT_FOUND")
    public Uni<Response> image(@RestPath String sessionId, @RestPath String name) {
        String id = SessionScope.requireId(sessionId);
        ImageName imageName = ImageName.parse(name).orElseThrow(() -> new ApiException(ErrorCode.INVALID_IMAGE_NAME));
        return photos.album(id).chain(album -> {
            Language language = SessionScope.language(album.meta());
            ImageRef ref = album.find(imageName).orElseThrow(() -> new ApiException(ErrorCode.IMAGE_NOT_FOUND, language));
            return images.get(id, imageName).map(bytes -> bytes
                    .map(content -> Response.ok(content, ref.contentType())
                            // Face photos: never kept by shared caches, never reinterpreted by browsers.
                            .header("Cache-Control", "private, no-store")
                            .header("X-Content-Type-Options", "nosniff")
                            .build())
                    .orElseThrow(() -> new ApiException(ErrorCode.IMAGE_NOT_FOUND, language)));
        });
    }

    private PhotoList.Item item(String sessionId, ImageRef ref) {
        return new PhotoList.Item(ref.name(), urls.of(sessionId, ref.name()), ref.contentType(), ref.size(),
                ref.createdAt());
    }

    /** Blocking: reads the spooled upload, decodes it and re-encodes its pixels. Runs on a worker thread. */
    private UploadedImageCheck.CleanImage readAndClean(FileUpload file, Language language) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spooled upload", e);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(language);
        }
        return UploadedImageCheck.clean(bytes, language);
    }

    private ApiException tooLarge(Language language) {
        return new ApiException(ErrorCode.IMAGE_TOO_LARGE, language, Map.of("max_bytes", maxBytes), Map.of());
    }
}

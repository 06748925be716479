package dev.hera.error;

import dev.hera.model.Language;

/**
 * Every error a client can see: the machine code, the HTTP status, and a sentence a person
 * understands in each language. The API's error body is
 * {@code {"error": <sentence>, "code": <name()>, "status": "error", ...}}.
 */
public enum ErrorCode {

    INVALID_SESSION_ID(400, "セッションIDの形式が正しくありません。", "The session id is not valid."),
    AUTHENTICATION_REQUIRED(401, "この操作には認証が必要です（セッション作成時に受け取ったトークン、またはログイン）。",
            "This request needs a credential: the token returned when the session was created, or a sign-in."),
    SESSION_NOT_FOUND(404, "セッションが存在しません。期限が切れたか、削除された可能性があります。",
            "This session does not exist. It may have expired or been deleted."),
    INVALID_JSON(400, "リクエストの内容を読み取れませんでした。JSON形式で送ってください。",
            "The request body could not be read. Please send valid JSON."),
    INVALID_FIELD(400, "リクエストの項目の形式が正しくありません。", "A field of the request has the wrong type or value."),
    MESSAGE_REQUIRED(400, "メッセージを入力してください。", "Please write a message."),
    MESSAGE_TOO_LONG(422, "メッセージが長すぎます。もう少し短くしてください。", "The message is too long. Please shorten it."),
    INVALID_LOCALE(400, "言語は ja または en を指定してください。", "The language must be ja or en."),
    UNSUPPORTED_MEDIA_TYPE(415, "この形式のリクエストには対応していません。", "This content type is not supported here."),
    NOT_ACCEPTABLE(406, "この形式の応答は返せません。", "This response format is not available."),
    METHOD_NOT_ALLOWED(405, "この操作はここでは使えません。", "This method is not allowed here."),
    NOT_FOUND(404, "ページが見つかりません。", "Nothing is here."),
    MALFORMED_REQUEST(400, "リクエストの形式が正しくありません。", "The request is malformed."),
    REQUEST_TOO_LARGE(413, "リクエストが大きすぎます。", "The request is too large."),
    IMAGE_REQUIRED(400, "画像ファイルがありません。", "No image file was sent (multipart part \"file\")."),
    IMAGE_FORMAT(415, "対応形式: jpg, jpeg, png。画像の中身が JPEG か PNG である必要があります。",
            "Supported formats: JPEG and PNG (checked by the file's content)."),
    IMAGE_TOO_LARGE(413, "画像が大きすぎます。", "The image is too large."),
    IMAGE_UNREADABLE(422, "保存されている画像を読み取れませんでした。写真をもう一度アップロードしてください。",
            "A stored image could not be read. Please upload the photo again."),
    INVALID_IMAGE_NAME(400, "画像の名前が正しくありません。", "This is not a valid image name."),
    IMAGE_NOT_FOUND(404, "画像が見つかりません。", "There is no such image in this session."),
    IMAGE_TARGET_UNSUPPORTED(400, "現在partnerのみ対応しています。", "Only the target \"partner\" is supported."),
    PARTNER_DESCRIPTION_MISSING(400, "パートナーの外見がまだ分かりません。ヘーラーとの会話で教えてください。",
            "Hera does not know your partner's looks yet. Tell her about them first."),
    PHOTOS_REQUIRED(400, "あなたの写真とパートナーの画像の両方が必要です。",
            "Both your photo and the partner's portrait are needed first."),
    CHILDREN_REQUIRED(409, "希望するお子さんの情報がまだありません。", "Hera does not know about the children you wish for yet."),
    PROFILE_INCOMPLETE(400, "必須項目が未入力のため、完了できません。", "Some required information is still missing."),
    FAMILY_NOT_READY(409, "家族との会話は、ヘーラーとの会話を完了してから始められます。",
            "The family conversation starts once your talk with Hera is complete."),
    CONVERSATION_TOO_LONG(409, "この会話はこれ以上続けられません。新しいセッションで始めてください。",
            "This conversation has reached its length limit. Please start a new session."),
    TURN_NOT_FOUND(404, "このやり取りは見つかりません。", "There is no such turn in this session."),
    IDEMPOTENCY_KEY_REUSED(422, "同じ Idempotency-Key が別の内容で使われています。",
            "This Idempotency-Key was already used for a different request."),
    TOO_MANY_STREAMS(429, "同時に開ける通知の接続が多すぎます。ほかの画面を閉じてからお試しください。",
            "Too many event streams are open. Close another one and try again."),
    RATE_LIMITED(429, "リクエストが多すぎます。少し待ってからもう一度お試しください。",
            "Too many requests. Please wait a moment and try again."),
    TURN_FAILED(502, "申し訳ありません、うまく応答できませんでした。もう一度お試しください。",
            "Sorry, something went wrong while answering. Please try again."),
    TURN_TIMEOUT(504, "応答に時間がかかっています。少し待ってから、同じ内容をもう一度送ってください。",
            "Hera is taking longer than usual to answer. Please send the same request again in a moment."),
    SERVICE_UNAVAILABLE(503, "ただいま混み合っているか、一時的に利用できません。しばらくしてからお試しください。",
            "The service is temporarily unavailable. Please try again shortly."),
    INTERNAL(500, "申し訳ありません、予期しないエラーが発生しました。", "Sorry, an unexpected error occurred.");

    private final int status;
    private final String japanese;
    private final String english;

    ErrorCode(int status, String japanese, String english) {
        this.status = status;
        this.japanese = japanese;
        this.english = english;
    }

    /** The HTTP status that goes with this error. */
    public int status() {
        return status;
    }

    /** The sentence for a person, in the session's language (Japanese when unknown). */
    public String message(Language language) {
        return language == Language.EN ? english : japanese;
    }
}

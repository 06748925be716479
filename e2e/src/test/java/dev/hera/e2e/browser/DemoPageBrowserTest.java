package dev.hera.e2e.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.io.TempDir;

import dev.hera.e2e.HeraSystem;

/**
 * The demo page in a real headless Chromium, lived like a person lives it, on the whole system
 * (both services from their jars, a real Redis, the offline engine): the Japanese journey of
 * sample-conversations.md from the language choice to "forget me", then a new start in English,
 * asserting what the screen shows at each step, that the page reports no error, and that the
 * accessibility audit passes at each step.
 */
class DemoPageBrowserTest {

    private static final Duration ANSWER = Duration.ofSeconds(60);
    private static final Duration PORTRAITS = Duration.ofSeconds(120);
    private static final String NOT_BUSY = "!document.getElementById('busy').classList.contains('on')";
    private static final String HERA_GREETED = "!!document.querySelector('#chat-log .bubble:first-child.hera') && " + NOT_BUSY;
    private static final Pattern SESSION_ID = Pattern.compile("/api/sessions/([0-9a-f-]{36})/");

    static HeraSystem system;
    Chromium chromium;
    BrowserPage page;
    AccessibilityAudit audit;
    @TempDir
    Path folder;

    @BeforeAll
    static void startSystem() {
        system = new HeraSystem(Map.of()).start();
    }

    @AfterAll
    static void stopSystem() {
        system.close();
    }

    @BeforeEach
    void startBrowser() {
        chromium = Chromium.start("ja", 1280, 900);
        page = new BrowserPage(chromium);
        audit = new AccessibilityAudit(page);
    }

    /** What the page showed when a test failed, for the person looking into it. */
    @RegisterExtension
    final TestExecutionExceptionHandler screenshotOnFailure = (test, failure) -> {
        Path shot = page.screenshot(Path.of("target", "browser", test.getRequiredTestMethod().getName() + ".png"));
        failure.addSuppressed(new AssertionError("the page at the failure: " + shot.toAbsolutePath()));
        throw failure;
    };

    @AfterEach
    void stopBrowser() {
        chromium.close();
    }

    @Test
    void aPersonLivesTheWholeJourneyOnThePage() throws IOException {
        page.open(system.api().baseUrl() + "/");
        assertEquals("未来の家族に会いに行きましょう", page.text("#step-start h1"));
        assertAccessible("start");

        page.click("[data-locale=ja]");
        page.waitUntil("Hera's greeting, first", HERA_GREETED, ANSWER);
        assertEquals("Hera とお話しする", page.text("#step-chat h1"));
        assertEquals("Hera", page.text("#chat-log .bubble.hera .who"));
        assertFalse(page.text("#chat-log .bubble.hera .text").isBlank(), "Hera says something");
        assertTrue(page.texts("#missing li").contains("年齢"), "the age is still to tell: " + page.texts("#missing li"));
        assertEquals(0, collected(), "nothing told yet");
        assertAccessible("greeting");

        interview();
        assertAccessible("profile complete");

        page.click("#complete");
        page.waitUntil("the photo step", "!document.getElementById('step-photos').hidden && " + NOT_BUSY, ANSWER);
        assertEquals("写真と肖像画", page.text("#step-photos h1"));
        assertEquals(List.of("まだ画像はありません。"), page.texts("#gallery li"));

        portraits();
        assertAccessible("portraits");
        String sessionId = sessionIdShown();

        page.click("#to-family");
        assertEquals("家族で旅の計画", page.text("#step-family h1"));
        assertEquals("まだ決まっていません", page.text("#memo-destination"));
        assertEquals(List.of("まだ決まっていません"), page.texts("#memo-activities li"));
        familyChat();
        assertAccessible("family chat");

        page.type("#family-input", "いいね、それで決まり！");
        page.pressEnter();
        page.waitUntil("the story", "!document.getElementById('step-story').hidden && " + NOT_BUSY, ANSWER);
        storyAndLetter();
        assertAccessible("story");

        page.click("#back-family");
        assertTrue(page.isShown("#step-family") && page.isShown("#to-story"), "back in the family chat, the story a click away");
        page.click("#to-story");
        assertTrue(page.isShown("#step-story"));

        // The page holds the session's token in the tab's session storage, and nothing opens the session without it.
        String token = page.evaluate("sessionStorage.getItem('hera.sessionToken')").asText();
        assertEquals(401, statusOf(sessionId, null), "the session needs its token");
        assertEquals(200, statusOf(sessionId, token), "the session exists before it is forgotten");
        page.click("#forget");
        page.waitUntil("the start again", "!document.getElementById('step-start').hidden && " + NOT_BUSY, ANSWER);
        assertEquals(List.of("このセッションのすべて（会話、写真、物語）を削除します。よろしいですか？"), page.dialogs());
        assertEquals("すべて削除しました。またいつでもどうぞ。", page.text("#busy"));
        assertFalse(page.isShown("#forget"), "nothing left to forget");
        assertEquals(404, statusOf(sessionId, token), "the session is gone");
        assertTrue(page.isTrue("sessionStorage.getItem('hera.sessionToken') === null"), "the token is dropped");
        assertAccessible("forgotten");

        page.click("[data-locale=en]");
        page.waitUntil("Hera's greeting in English, first", HERA_GREETED, ANSWER);
        assertEquals("Talk with Hera", page.text("#step-chat h1"));
        String greeting = page.text("#chat-log .bubble.hera .text");
        assertTrue(greeting.matches("(?s).*[A-Za-z].*") && !greeting.matches("(?s).*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*"),
                "Hera greets in English: " + greeting);
        assertTrue(page.texts("#missing li").contains("Age"), page.texts("#missing li").toString());
        assertAccessible("English greeting");

        assertEquals(List.of(), page.errors(), "errors reported by the page");
    }

    /** The five messages of sample-conversations.md: Hera answers each, and the profile fills up. */
    private void interview() {
        List<String> messages = List.of(
                "こんにちは。32歳の女性で、大阪に住んでいます。",
                "今は独身です。年収は450万円くらいです。",
                "私は好奇心旺盛で、友達と出かけるのが好きな社交的なタイプです。",
                "理想の相手は穏やかで誠実な人。名前はけんたさんがいいな。背が高くて短い黒髪、眼鏡が似合う優しい目の人です。",
                "子供は二人欲しいです。女の子のみおと男の子のそうま。");
        int told = 0;
        for (String message : messages) {
            say("#chat", message);
            assertTrue(page.isTrue("document.querySelector('#chat-log .bubble:last-child').classList.contains('hera')"), "Hera answers last");
            assertFalse(page.text("#chat-log .bubble:last-child .text").isBlank());
            assertTrue(collected() > told, "the progress moves after: " + message);
            told = collected();
        }
        assertFalse(page.texts("#progress .count").isEmpty());
        for (String count : page.texts("#progress .count")) {
            String[] parts = count.split(" / ");
            assertEquals(parts[1], parts[0], "every category is full: " + page.texts("#progress .count"));
        }
        assertEquals(List.of("すべて伺いました"), page.texts("#missing li"));
        assertEquals("プロフィールがそろいました。完成させて次へ進めます。", page.text("#complete-note"));
        assertTrue(page.isShown("#complete"));
        assertEquals(page.text("#chat-log .bubble:last-child .text"), page.text("#busy"), "Hera's completion message is announced");
    }

    /** The person's photo through the file chooser, then the partner's and the children's portraits. */
    private void portraits() throws IOException {
        Path photo = folder.resolve("me.png");
        ImageIO.write(face(), "png", photo.toFile());
        page.chooseFile("label[for=file]", photo);
        page.waitUntil("the uploaded photo", "document.querySelectorAll('#gallery img').length === 1 && " + NOT_BUSY, ANSWER);
        assertEquals("写真を受け取りました: me.png", page.text("#file-name"));
        assertEquals(List.of("あなた"), captions());

        page.click("#gen-partner");
        page.waitUntil("the partner's portrait", "document.querySelectorAll('#gallery img').length === 2 && " + NOT_BUSY, PORTRAITS);
        assertEquals(List.of("あなた", "パートナー"), captions());
        assertEquals("肖像画ができました。", page.text("#busy"));

        page.click("#gen-children");
        page.waitUntil("the children's portraits", "document.querySelectorAll('#gallery img').length === 4 && " + NOT_BUSY, PORTRAITS);
        assertEquals(List.of("あなた", "パートナー", "みお", "そうま"), captions());
        page.evaluate("document.getElementById('gallery').scrollIntoView()"); // where a person looks at them
        page.waitUntil("every picture loaded", "[...document.querySelectorAll('#gallery img')].every(img => img.complete)", ANSWER);
        assertEquals(0, page.evaluate("[...document.querySelectorAll('#gallery img')].filter(img => img.naturalWidth === 0).length").asInt(),
                "every portrait is a picture");
        assertFalse(page.isShown("#error"), "no error: " + page.text("#error"));
    }

    private List<String> captions() {
        return page.texts("#gallery figcaption");
    }

    /** The family answers by name, and the trip memo fills as the plan takes shape. */
    private void familyChat() {
        List<String> messages = List.of("今度の週末、みんなでどこか行かない？", "沖縄に行きたいな。", "海で泳いだり、水族館に行ったりしたい！");
        for (String message : messages) {
            say("#family", message);
        }
        List<String> speakers = page.texts("#family-log .bubble.theirs .who");
        for (String name : List.of("けんた", "みお", "そうま")) {
            assertTrue(speakers.stream().anyMatch(speaker -> speaker.startsWith(name)), name + " speaks: " + speakers);
        }
        assertTrue(page.texts("#family-log .bubble.theirs .text").stream().noneMatch(String::isBlank));
        assertEquals("沖縄", page.text("#memo-destination"));
        List<String> activities = page.texts("#memo-activities li");
        assertTrue(activities.size() >= 2 && !activities.contains("まだ決まっていません"), "activities: " + activities);
    }

    /**
     * Types the message into a chat ({@code #chat} or {@code #family}), sends it with Enter, and waits
     * until the message and at least one answer are shown and the field is ready for the next one.
     */
    private void say(String chat, String message) {
        int bubbles = page.texts(chat + "-log .bubble").size();
        page.type(chat + "-input", message);
        page.pressEnter();
        page.waitUntil("an answer to: " + message, "document.querySelectorAll('" + chat + "-log .bubble:not(.pending)').length >= "
                + (bubbles + 2) + " && " + NOT_BUSY, ANSWER);
        List<String> mine = page.texts(chat + "-log .bubble.mine .text");
        assertEquals(message, mine.get(mine.size() - 1), "the person's message is shown");
        assertEquals("", page.value(chat + "-input"), "the field is empty for the next message");
    }

    /** The story and the letter name the destination, every activity and every member of the family. */
    private void storyAndLetter() {
        assertEquals("家族の物語", page.text("#step-story h1"));
        String trip = page.text("#story-trip");
        assertTrue(trip.startsWith("行き先: 沖縄"), trip);
        String story = page.text("#story-text");
        String letter = page.text("#letter-text");
        assertEquals("あなたへの手紙", page.text("#letter-heading"));
        List<String> expected = new ArrayList<>(List.of("沖縄", "けんた", "みお", "そうま"));
        List<String> activities = List.of(trip.split(" · "));
        assertTrue(activities.size() > 1, "the activities are shown with the destination: " + trip);
        expected.addAll(activities.subList(1, activities.size()));
        for (String name : expected) {
            assertTrue(story.contains(name), "the story names " + name);
            assertTrue(letter.contains(name), "the letter names " + name);
        }
        assertFalse(page.isShown("#error"), "no error: " + page.text("#error"));
    }

    private int collected() {
        return page.texts("#progress .count").stream().mapToInt(count -> Integer.parseInt(count.split(" / ")[0])).sum();
    }

    private String sessionIdShown() {
        Matcher matcher = SESSION_ID.matcher(page.evaluate("document.querySelector('#gallery img').src").asText());
        assertTrue(matcher.find(), "the pictures come from the session");
        return matcher.group(1);
    }

    private void assertAccessible(String step) {
        assertEquals(List.of(), audit.problems(), "accessibility problems at the step: " + step);
    }

    private static int statusOf(String sessionId, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create(system.api().baseUrl() + "/api/sessions/" + sessionId + "/status"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A face for the photo: skin, dark hair, eyes and a smile, so the children get colours from it. */
    private static BufferedImage face() {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(214, 228, 236));
        g.fillRect(0, 0, 256, 256);
        g.setColor(new Color(48, 32, 24));
        g.fillOval(48, 28, 160, 190);
        g.setColor(new Color(236, 200, 172));
        g.fillOval(64, 56, 128, 160);
        g.setColor(new Color(40, 30, 30));
        g.fillOval(96, 112, 14, 10);
        g.fillOval(146, 112, 14, 10);
        g.setStroke(new BasicStroke(4));
        g.setColor(new Color(170, 70, 70));
        g.drawArc(104, 150, 48, 28, 200, 140);
        g.dispose();
        return image;
    }
}

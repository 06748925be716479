package dev.hera.e2e.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The page of a {@link Chromium}, used the way a person uses it: clicks with the mouse on what is
 * visible and not covered, typing into the focused field, keys; it answers confirmation dialogs
 * with OK, and it collects every error the page reports (console errors, uncaught exceptions,
 * failed loads).
 */
public final class BrowserPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DevTools devTools;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Integer> fileChooser = new CompletableFuture<>();

    public BrowserPage(Chromium chromium) {
        devTools = chromium.devTools();
        devTools.on("Runtime.consoleAPICalled", event -> {
            if ("error".equals(event.path("type").asText())) {
                List<String> args = new ArrayList<>();
                event.path("args").forEach(arg -> args.add(arg.has("value") ? arg.get("value").asText() : arg.path("description").asText()));
                errors.add("console.error: " + String.join(" ", args));
            }
        });
        devTools.on("Runtime.exceptionThrown", event -> {
            JsonNode details = event.path("exceptionDetails");
            errors.add("uncaught: " + details.path("exception").path("description").asText(details.path("text").asText()));
        });
        devTools.on("Log.entryAdded", event -> {
            JsonNode entry = event.path("entry");
            if ("error".equals(entry.path("level").asText())) {
                errors.add("log: " + entry.path("text").asText() + " " + entry.path("url").asText(""));
            }
        });
        devTools.on("Page.javascriptDialogOpening", event -> {
            dialogs.add(event.path("message").asText());
            devTools.sendAsync("Page.handleJavaScriptDialog", Map.of("accept", true));
        });
        devTools.on("Page.fileChooserOpened", event -> fileChooser.complete(event.path("backendNodeId").asInt()));
        for (String domain : List.of("Page", "Runtime", "Log", "DOM", "Accessibility")) {
            devTools.send(domain + ".enable");
        }
        devTools.send("Page.setInterceptFileChooserDialog", Map.of("enabled", true));
    }

    public void open(String url) {
        devTools.send("Page.navigate", Map.of("url", url));
        waitUntil("the page has loaded", "document.readyState === 'complete'", Duration.ofSeconds(30));
    }

    /** The value of a JavaScript expression (awaited when it is a promise). */
    public JsonNode evaluate(String expression) {
        JsonNode answer = devTools.send("Runtime.evaluate",
                Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (answer.has("exceptionDetails")) {
            JsonNode details = answer.get("exceptionDetails");
            throw new IllegalStateException(expression + "\n→ " + details.path("exception").path("description").asText(details.path("text").asText()));
        }
        return answer.path("result").path("value");
    }

    public boolean isTrue(String expression) {
        return evaluate(expression).asBoolean(false);
    }

    public void waitUntil(String what, String condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isTrue(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not seen in " + timeout + ": " + what + "\non the screen:\n" + screenText());
            }
            pause(100);
        }
    }

    /** The text of the first element matching the selector as it is shown; empty when it is not shown. */
    public String text(String selector) {
        return evaluate("(() => { const el = document.querySelector(" + quote(selector) + ");"
                + " return el && el.checkVisibility() ? el.innerText.trim() : ''; })()").asText();
    }

    /** The current value of a form field. */
    public String value(String selector) {
        return evaluate("document.querySelector(" + quote(selector) + ").value").asText();
    }

    /** The texts of the shown elements matching the selector, in page order. */
    public List<String> texts(String selector) {
        List<String> texts = new ArrayList<>();
        evaluate("[...document.querySelectorAll(" + quote(selector) + ")]"
                + ".filter(el => el.checkVisibility()).map(el => el.innerText.trim())").forEach(text -> texts.add(text.asText()));
        return texts;
    }

    public boolean isShown(String selector) {
        return isTrue("(() => { const el = document.querySelector(" + quote(selector) + "); return !!el && el.checkVisibility(); })()");
    }

    /** A left click in the middle of the element, which must be shown, enabled and not covered by another. */
    public void click(String selector) {
        JsonNode target = evaluate("(() => { const el = document.querySelector(" + quote(selector) + ");"
                + " if (!el || !el.checkVisibility()) return { problem: 'not shown' };"
                + " if (el.disabled) return { problem: 'disabled' };"
                + " el.scrollIntoView({ block: 'center' });"
                + " const r = el.getBoundingClientRect(), x = r.x + r.width / 2, y = r.y + r.height / 2;"
                + " const top = document.elementFromPoint(x, y);"
                + " if (!top || !(top === el || el.contains(top))) return { problem: 'covered by ' + (top && top.outerHTML.slice(0, 80)) };"
                + " return { x, y }; })()");
        if (target.has("problem")) {
            throw new AssertionError("cannot click " + selector + ": " + target.get("problem").asText() + "\non the screen:\n" + screenText());
        }
        for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
            devTools.send("Input.dispatchMouseEvent", Map.of("type", type, "x", target.get("x").asDouble(), "y", target.get("y").asDouble(),
                    "button", "left", "clickCount", 1));
        }
    }

    /** Clicks into the field and types the text into it (as an input method or a paste would). */
    public void type(String selector, String text) {
        click(selector);
        devTools.send("Input.insertText", Map.of("text", text));
    }

    public void pressEnter() {
        devTools.send("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", "Enter", "code", "Enter",
                "windowsVirtualKeyCode", 13, "text", "\r"));
        devTools.send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", "Enter", "code", "Enter", "windowsVirtualKeyCode", 13));
    }

    public void pressTab() {
        devTools.send("Input.dispatchKeyEvent", Map.of("type", "rawKeyDown", "key", "Tab", "code", "Tab", "windowsVirtualKeyCode", 9));
        devTools.send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", "Tab", "code", "Tab", "windowsVirtualKeyCode", 9));
    }

    /** Clicks what opens the file chooser, then picks the file in it. */
    public void chooseFile(String opener, Path file) {
        fileChooser = new CompletableFuture<>();
        click(opener);
        int input;
        try {
            input = fileChooser.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("clicking " + opener + " opened no file chooser", e);
        }
        devTools.send("DOM.setFileInputFiles", Map.of("files", List.of(file.toAbsolutePath().toString()), "backendNodeId", input));
    }

    /** Everything the page reported as an error so far. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** The messages of the dialogs the page opened (all answered with OK). */
    public List<String> dialogs() {
        return List.copyOf(dialogs);
    }

    /** The accessible name Chromium computes for the focused element, as a screen reader gets it. */
    String focusedAccessibleName() {
        JsonNode focused = devTools.send("Runtime.evaluate", Map.of("expression", "document.activeElement")).path("result");
        JsonNode nodes = devTools.send("Accessibility.getPartialAXTree",
                Map.of("objectId", focused.path("objectId").asText(), "fetchRelatives", false)).path("nodes");
        return nodes.path(0).path("name").path("value").asText("").trim();
    }

    DevTools devTools() {
        return devTools;
    }

    /** Saves what the page shows now, for a person looking into a failure. */
    public Path screenshot(Path file) {
        String data = devTools.send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true)).path("data").asText();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private String screenText() {
        try {
            return evaluate("document.body.innerText").asText();
        } catch (RuntimeException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

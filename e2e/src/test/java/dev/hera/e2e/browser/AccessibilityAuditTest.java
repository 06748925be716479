package dev.hera.e2e.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit that DemoPageBrowserTest relies on finds what it looks for, and only that. */
class AccessibilityAuditTest {

    Chromium chromium;
    BrowserPage page;

    @BeforeEach
    void start() {
        chromium = Chromium.start("en", 800, 600);
        page = new BrowserPage(chromium);
    }

    @AfterEach
    void stop() {
        chromium.close();
    }

    private List<String> problemsOf(String body) {
        page.open("data:text/html;base64," + Base64.getEncoder().encodeToString(("<!doctype html><html lang=en><body>" + body)
                .getBytes(StandardCharsets.UTF_8)));
        return new AccessibilityAudit(page).problems();
    }

    @Test
    void aPageThatMeetsTheRulesPasses() {
        assertEquals(List.of(), problemsOf("""
                <a href="#main">Skip</a>
                <label for="name">Name</label> <input id="name" placeholder="Ada" style="color:#222">
                <style>::placeholder { color: #767676 }</style>
                <button aria-label="Close">×</button> <span id="go">Go on</span> <button aria-labelledby="go"></button>
                <p style="color:#767676">grey at 4.54:1</p>
                <h1 style="color:#949494;font-size:32px">large grey at 3.03:1</h1>
                <p style="background:linear-gradient(#fff,#f8f8f8);color:#595959">on a light gradient</p>
                <button disabled style="color:#ccc">disabled, exempt</button>
                <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="a dot">
                """));
    }

    @Test
    void unnamedControlsLowContrastAndAForcedTabOrderAreFound() {
        List<String> problems = problemsOf("""
                <button></button> <input> <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
                <p style="color:#777777">grey at 4.48:1</p>
                <p style="color:#949494;font-size:16px">small grey at 3.03:1</p>
                <p style="background:linear-gradient(#fff,#eee);color:#767676">on a gradient down to 3.9:1</p>
                <p style="color:#595959;opacity:.5">faded</p>
                <input aria-label="Name" placeholder="faint"><style>::placeholder { color: #aaa }</style>
                <a href="#" tabindex="2">jumps the queue</a>
                """);
        for (String expected : List.of("button without an accessible name", "textbox without an accessible name",
                "image without an accessible name", "\"grey at 4.48:1\": contrast 4.48:1", "\"small grey at 3.03:1\": contrast 3.03:1",
                "\"on a gradient down to 3.9:1\": contrast 3.9", "\"faded\": contrast", "\"faint\" placeholder: contrast",
                "positive tabindex: a \"jumps the queue\"", "not through the controls in page order")) {
            assertTrue(problems.stream().anyMatch(problem -> problem.contains(expected)), expected + " in " + problems);
        }
    }
}

package dev.hera.e2e.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Automated accessibility checks of what a page shows now: every control has an accessible name
 * (as Chromium computes it for screen readers), text contrast meets WCAG AA (4.5:1, 3:1 for large
 * text) on the computed colours, and Tab reaches every shown control once per round, in page order,
 * with no positive tabindex.
 */
public final class AccessibilityAudit {

    /** Roles that a person operates or must be told about, so they need a name. */
    private static final Set<String> NAMED_ROLES = Set.of("button", "link", "textbox", "searchbox", "checkbox", "radio",
            "combobox", "listbox", "slider", "spinbutton", "switch", "tab", "menuitem", "progressbar", "image", "img");

    private static final String SCRIPT = resource("/browser/audit.js");

    private final BrowserPage page;

    public AccessibilityAudit(BrowserPage page) {
        this.page = page;
    }

    /** Every problem found on the page as it is now; empty when it passes. */
    public List<String> problems() {
        page.evaluate(SCRIPT);
        List<String> problems = new ArrayList<>(unnamedControls());
        page.evaluate("heraAudit.contrastProblems()").forEach(problem -> problems.add(problem.asText()));
        problems.addAll(focusOrderProblems());
        return problems;
    }

    private List<String> unnamedControls() {
        List<String> problems = new ArrayList<>();
        DevTools devTools = page.devTools();
        for (JsonNode node : devTools.send("Accessibility.getFullAXTree").path("nodes")) {
            String role = node.path("role").path("value").asText();
            if (node.path("ignored").asBoolean() || !NAMED_ROLES.contains(role)
                    || !node.path("name").path("value").asText("").isBlank()) {
                continue;
            }
            JsonNode element = devTools.send("DOM.describeNode", Map.of("backendNodeId", node.path("backendDOMNodeId").asInt())).path("node");
            problems.add(role + " without an accessible name: <" + element.path("localName").asText() + " " + element.path("attributes") + ">");
        }
        return problems;
    }

    /**
     * Presses Tab through one whole round, from where focus enters the page to where it leaves it
     * for the browser's own controls, and compares the stops with the shown controls in page order.
     * Anything else that takes focus (a scrolling region, say) is allowed when it has a name.
     */
    private List<String> focusOrderProblems() {
        List<String> problems = new ArrayList<>();
        page.evaluate("heraAudit.positiveTabindex()").forEach(el -> problems.add("positive tabindex: " + el.asText()));
        List<String> expected = strings(page.evaluate("heraAudit.focusables()"));
        List<String> round = new ArrayList<>();
        boolean entered = false;
        for (int press = 0; press < 3 * expected.size() + 10; press++) {
            page.pressTab();
            String focused = page.evaluate("document.activeElement === document.body ? null"
                    + " : heraAudit.describe(document.activeElement)").asText(null);
            if (focused == null) { // focus left the page: the next press enters it at its start
                if (entered) {
                    break;
                }
                entered = true;
            } else if (entered) {
                round.add(focused);
                if (!expected.contains(focused) && page.focusedAccessibleName().isEmpty()) {
                    problems.add("Tab stops at something without an accessible name: " + focused);
                }
            }
        }
        List<String> controls = new ArrayList<>(round);
        controls.retainAll(expected);
        if (!controls.equals(expected)) {
            problems.add("Tab goes " + controls + ", not through the controls in page order " + expected);
        }
        return problems;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(item -> strings.add(item.asText()));
        return strings;
    }

    private static String resource(String name) {
        try (InputStream in = AccessibilityAudit.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

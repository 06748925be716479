package dev.hera.agent.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TemplateTest {

    @Test
    void fillsAndCapitalizes() {
        assertEquals("Emma is kind — emma.", Template.fill("{^who} is kind — {who}.", "who", "emma"));
    }

    @Test
    void userTextWithBracesIsInsertedAsItIs() {
        assertEquals("name: {who}", Template.fill("name: {n}", Map.of("n", "{who}")));
    }

    @Test
    void aPlaceholderWithoutValueIsAMistakeInThePhrasings() {
        assertThrows(IllegalStateException.class, () -> Template.fill("{missing}", "other", "x"));
        assertThrows(IllegalStateException.class, () -> Template.fill("{open", "open", "x"));
    }
}

package dev.hera.agent.interview.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers already worked out for a word: the extractors ask about the same candidates many times
 * per message (every tail of a phrase, every pattern), and names recur across turns. Bounded:
 * cleared when full, so memory stays small whatever people type.
 */
final class Remembered<V> {

    private final Map<String, V> answers = new ConcurrentHashMap<>();
    private final int max;
    private final Function<String, V> work;

    Remembered(int max, Function<String, V> work) {
        this.max = max;
        this.work = work;
    }

    V get(String key) {
        V known = answers.get(key);
        if (known != null) {
            return known;
        }
        if (answers.size() >= max) {
            answers.clear();
        }
        V answer = work.apply(key);
        answers.put(key, answer);
        return answer;
    }
}

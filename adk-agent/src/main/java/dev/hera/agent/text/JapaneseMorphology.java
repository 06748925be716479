package dev.hera.agent.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Japanese words as Kuromoji (IPADIC) reads them: surface, part of speech (名詞-固有名詞-人名,
 * 助詞-係助詞, 助動詞, …), base form and reading, with offsets into the text.
 * <p>
 * The dictionary is loaded once per process and shared; a {@link JapaneseTokenizer} is not
 * thread-safe, so each thread keeps its own (created on first use, reused for every call).
 * Punctuation is kept as tokens (記号), since clause boundaries are read from it.
 */
public final class JapaneseMorphology {

    /** One word of the text. */
    public record Token(String surface, String partOfSpeech, String baseForm, String reading, int start, int end) {

        /** Whether the part of speech starts with {@code prefix} (「助詞」 matches 助詞-係助詞). */
        public boolean is(String prefix) {
            return partOfSpeech != null && partOfSpeech.startsWith(prefix);
        }

        /** The dictionary form (the surface where the word does not inflect). */
        public String lemma() {
            return baseForm != null ? baseForm : surface;
        }
    }

    private static final java.util.regex.Pattern ASCII_PUNCTUATION = java.util.regex.Pattern.compile("\\p{Punct}+");

    private static final ThreadLocal<JapaneseTokenizer> TOKENIZER = ThreadLocal
            .withInitial(() -> new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL));

    /**
     * The texts this thread tokenized last: one turn asks for the same message's words from several
     * extractors, and for the same phrase at every cut it tries. Small and per thread, so no lock.
     */
    private static final int RECENT = 32;

    private static final ThreadLocal<Map<String, List<Token>>> RECENT_TOKENS = ThreadLocal
            .withInitial(() -> new LinkedHashMap<>(RECENT * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Token>> eldest) {
                    return size() > RECENT;
                }
            });

    private JapaneseMorphology() {
    }

    /** The words of {@code text}, in order (an unmodifiable list). */
    public static List<Token> tokens(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Map<String, List<Token>> recent = RECENT_TOKENS.get();
        List<Token> known = recent.get(text);
        if (known == null) {
            known = List.copyOf(tokenize(text));
            recent.put(text, known);
        }
        return known;
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        JapaneseTokenizer tokenizer = TOKENIZER.get();
        CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        BaseFormAttribute base = tokenizer.addAttribute(BaseFormAttribute.class);
        ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
        OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String surface = term.toString();
                // the folded text has ASCII ! ? ( ), which IPADIC reads as nouns: they are punctuation
                String partOfSpeech = ASCII_PUNCTUATION.matcher(surface).matches() ? "記号-一般" : pos.getPartOfSpeech();
                tokens.add(new Token(surface, partOfSpeech, base.getBaseForm(), reading.getReading(),
                        offset.startOffset(), offset.endOffset()));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        } finally {
            closeQuietly(tokenizer);
        }
        return tokens;
    }

    private static void closeQuietly(JapaneseTokenizer tokenizer) {
        try {
            tokenizer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

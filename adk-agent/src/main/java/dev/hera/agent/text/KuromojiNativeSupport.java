package dev.hera.agent.text;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Lucene creates token attributes reflectively (the implementation class is found by name from
 * the attribute interface), which a native executable only allows for registered classes. The
 * dictionary files themselves are included by {@code quarkus.native.resources.includes}.
 */
@RegisterForReflection(targets = {
        org.apache.lucene.analysis.tokenattributes.PackedTokenAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.PositionLengthAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.PositionIncrementAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.OffsetAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.TypeAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.TermFrequencyAttributeImpl.class,
        org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttributeImpl.class,
        org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttributeImpl.class,
        org.apache.lucene.analysis.ja.tokenattributes.ReadingAttributeImpl.class,
        org.apache.lucene.analysis.ja.tokenattributes.InflectionAttributeImpl.class })
final class KuromojiNativeSupport {

    private KuromojiNativeSupport() {
    }
}

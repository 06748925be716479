package dev.hera.agent.interview.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hera.model.ChildGender;
import dev.hera.model.Language;

/**
 * A name Hera is not sure of, so she asks instead of storing a guess: a common word said where a
 * name could stand (「彼氏は空です」, 「男の子なら海がいいな」 — 空 and 海 are names and words). The
 * question is written and read back here, so that the next message's 「うん」, "yes", 「いや、そらです」
 * or "No, it's Kai" is understood against it ({@link LastQuestion}, {@link NameConfirmation}).
 *
 * @param whose whose name it would be
 * @param name  the candidate, as the person wrote it
 */
public record NameCheck(Whose whose, String name) {

    /** Whose name is in doubt. */
    public enum Whose {
        USER("あなた", "your"),
        PARTNER("お相手", "your partner's"),
        DAUGHTER("女の子", "your daughter's"),
        SON("男の子", "your son's"),
        CHILD("お子さん", "your child's");

        private final String ja;
        private final String en;

        Whose(String ja, String en) {
            this.ja = ja;
            this.en = en;
        }

        static Whose child(ChildGender gender) {
            return gender == ChildGender.GIRL ? DAUGHTER : gender == ChildGender.BOY ? SON : CHILD;
        }

        ChildGender gender() {
            return this == DAUGHTER ? ChildGender.GIRL : this == SON ? ChildGender.BOY : null;
        }
    }

    private static final Pattern JA_ASKED = Pattern.compile("(あなた|お相手|女の子|男の子|お子さん)のお名前は「([^」]{1,12})」、でいいのかな");
    private static final Pattern EN_ASKED = Pattern.compile("Just to check — is \"([^\"]{1,30})\" (your partner's|your daughter's|your son's|your child's|your) name\\?");

    /** Hera's short question: 「ひとつ確認させてね。お相手のお名前は「空」、でいいのかな？」, "Just to check — is "Sky" your partner's name?". */
    public String question(Language language) {
        return language == Language.EN ? "Just to check — is \"" + name + "\" " + whose.en + " name?"
                : "ひとつ確認させてね。" + whose.ja + "のお名前は「" + name + "」、でいいのかな？";
    }

    /** The name check Hera's message asked, if it asked one. */
    static Optional<NameCheck> askedIn(String heraSaid) {
        if (heraSaid == null) {
            return Optional.empty();
        }
        Matcher ja = JA_ASKED.matcher(heraSaid);
        if (ja.find()) {
            for (Whose whose : Whose.values()) {
                if (whose.ja.equals(ja.group(1))) {
                    return Optional.of(new NameCheck(whose, ja.group(2)));
                }
            }
        }
        Matcher en = EN_ASKED.matcher(heraSaid);
        if (en.find()) {
            for (Whose whose : Whose.values()) {
                if (whose.en.equals(en.group(2))) {
                    return Optional.of(new NameCheck(whose, en.group(1)));
                }
            }
        }
        return Optional.empty();
    }
}

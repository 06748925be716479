package dev.hera.agent.family.offline;

import java.util.regex.Pattern;

/**
 * An activity the offline engine understands, with the short label it is stored under and the
 * words the family uses about it.
 *
 * @param id      a stable key (scenes and letter lines are keyed by it)
 * @param ja      the Japanese label (海水浴, 水族館, ...)
 * @param en      the English label (swimming, the aquarium, ...)
 * @param pattern what a person may write, matched on normalised text (both languages)
 * @param jaKid   what a child says it wants to do, ending in 〜たい (海で泳ぎたい)
 * @param jaBaby  the word a toddler shouts (うみ)
 * @param jaAdult the grown-up way to say it, plain form (海でのんびり泳ぐ)
 * @param enKid   what a child wants to do, a bare verb phrase (swim in the sea)
 * @param enBaby  the word a toddler shouts (Splash)
 * @param enAdult the grown-up way to say it, a noun phrase (a swim in the sea)
 */
record Activity(String id, String ja, String en, Pattern pattern, String jaKid, String jaBaby, String jaAdult,
        String enKid, String enBaby, String enAdult) {

    String label(boolean english) {
        return english ? en : ja;
    }

    String kid(boolean english) {
        return english ? enKid : jaKid;
    }

    String baby(boolean english) {
        return english ? enBaby : jaBaby;
    }

    String adult(boolean english) {
        return english ? enAdult : jaAdult;
    }
}

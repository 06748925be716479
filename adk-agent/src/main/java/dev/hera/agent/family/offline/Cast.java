package dev.hera.agent.family.offline;

import java.util.ArrayList;
import java.util.List;

import dev.hera.model.Partner;
import dev.hera.model.Persona;
import dev.hera.model.UserProfile;

/**
 * The people of a story or letter: the person (by name when the profile has one), the partner,
 * the children, and what the profile says about the partner's looks and temperament. Robust to a
 * family without a partner persona or without children.
 */
final class Cast {

    private static final int LOOKS_LIMIT_JA = 40;
    private static final int LOOKS_LIMIT_EN = 16;

    final boolean english;
    final String user;
    final boolean userNamed;
    final Persona partner;
    final String partnerName;
    final List<Persona> children;
    final List<Persona> members;
    final String looks;
    final String temperament;

    private Cast(boolean english, String user, boolean userNamed, Persona partner, String partnerName,
            List<Persona> children, List<Persona> members, String looks, String temperament) {
        this.english = english;
        this.user = user;
        this.userNamed = userNamed;
        this.partner = partner;
        this.partnerName = partnerName;
        this.children = children;
        this.members = members;
        this.looks = looks;
        this.temperament = temperament;
    }

    static Cast of(UserProfile profile, List<Persona> family, boolean english) {
        List<Persona> members = family == null ? List.of() : family.stream().filter(p -> p != null).toList();
        Persona partner = members.stream().filter(p -> Persona.PARTNER.equals(p.relation())).findFirst()
                .orElse(members.stream().filter(p -> p.relation() == null && !isChildRole(p.role())).findFirst().orElse(null));
        List<Persona> children = new ArrayList<>();
        for (Persona member : members) {
            if (member != partner) {
                children.add(member);
            }
        }
        String userName = profile != null && Texts.hasText(profile.userName()) ? profile.userName().strip() : null;
        String user = userName != null ? userName : (english ? "you" : "あなた");
        String partnerName = partner != null ? nameOf(partner, english)
                : (english ? "your future partner" : "未来のパートナー");
        Partner described = describedPartner(profile);
        String looks = described != null && Texts.hasText(described.appearance()) ? described.appearance()
                : profile != null ? profile.partnerFaceDescription() : null;
        String temperament = described != null ? described.temperament() : null;
        return new Cast(english, user, userName != null, partner, partnerName, List.copyOf(children), members,
                shorten(looks, english), shortenTemperament(temperament, english));
    }

    static String nameOf(Persona member, boolean english) {
        if (Texts.hasText(member.name())) {
            return member.name().strip();
        }
        if (Texts.hasText(member.role())) {
            return member.role().strip();
        }
        return english ? "our little one" : "ちびちゃん";
    }

    String name(Persona member) {
        return member == partner ? partnerName : nameOf(member, english);
    }

    List<String> childNames() {
        return children.stream().map(this::name).toList();
    }

    /** Every member's name, partner first. */
    List<String> memberNames() {
        List<String> names = new ArrayList<>();
        names.add(partnerName);
        names.addAll(childNames());
        return names;
    }

    /** The person with the family: 「あなたとけんた、みおとそうまの四人」 / "you, Emma, Lily and Noah". */
    String everyone() {
        if (english) {
            List<String> names = new ArrayList<>();
            names.add(user);
            names.addAll(memberNames());
            return Texts.joinEn(names);
        }
        if (children.isEmpty()) {
            return user + "と" + partnerName + "のふたり";
        }
        return user + "と" + partnerName + "、" + Texts.joinJa(childNames()) + "の" + countJa(children.size() + 2) + "人";
    }

    private static String countJa(int count) {
        List<String> numbers = List.of("", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十");
        return count < numbers.size() ? numbers.get(count) : String.valueOf(count);
    }

    private static boolean isChildRole(String role) {
        return role != null && role.matches(".*(長女|次女|三女|長男|次男|三男|子|daughter|son|child).*");
    }

    private static Partner describedPartner(UserProfile profile) {
        if (profile == null) {
            return null;
        }
        Partner required = profile.requiredPartnerField().map(profile::partner).orElse(null);
        if (required != null) {
            return required;
        }
        return profile.currentPartner() != null ? profile.currentPartner() : profile.idealPartner();
    }

    /** The looks as a short phrase: trailing 「です。」 or a full stop dropped, cut at a comma. */
    private static String shorten(String text, boolean english) {
        if (!Texts.hasText(text)) {
            return null;
        }
        String cleaned = text.replaceAll("[{}「」『』\"“”]", "").replaceAll("\\s+", " ").strip()
                .replaceAll("(?:です|でした|だ)?[。.!！]*$", "").strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        if (english) {
            String[] words = cleaned.split(" ");
            if (words.length <= LOOKS_LIMIT_EN) {
                return cleaned;
            }
            String cut = String.join(" ", java.util.Arrays.copyOf(words, LOOKS_LIMIT_EN));
            int comma = cut.lastIndexOf(',');
            return (comma > 10 ? cut.substring(0, comma) : cut).strip();
        }
        if (cleaned.codePointCount(0, cleaned.length()) <= LOOKS_LIMIT_JA) {
            return cleaned;
        }
        int comma = Math.max(cleaned.lastIndexOf('、', LOOKS_LIMIT_JA), cleaned.lastIndexOf('，', LOOKS_LIMIT_JA));
        return comma > 8 ? cleaned.substring(0, comma) : cleaned.substring(0, cleaned.offsetByCodePoints(0, LOOKS_LIMIT_JA));
    }

    private static String shortenTemperament(String text, boolean english) {
        String shortened = shorten(text, english);
        if (shortened == null) {
            return null;
        }
        return english ? shortened : shortened.replaceAll("(?:な人|の人|な方|人)$", "");
    }
}

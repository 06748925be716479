package dev.hera.agent.interview.scoring;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One dialogue of a scored set, the held-out one or the tuning one ({@code heldout/README.md}
 * describes the format, both use it).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record InterviewDialogue(String id, String language, List<Turn> turns, Facts facts) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Turn(String hera, String user) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Facts(@JsonProperty("user_name") String userName, Integer age, String gender,
            @JsonProperty("relationship_status") String relationshipStatus, String location,
            @JsonProperty("income_range") String incomeRange,
            @JsonProperty("user_traits") Map<String, String> userTraits,
            @JsonProperty("partner_kind") String partnerKind, PartnerFacts partner, ChildrenFacts children) {

        /**
         * Whether the dialogue states every fact a complete profile needs (the rules of
         * {@code ProfileRules}): age, gender, status, location, income, two of the user's traits, the
         * partner's name, temperament and looks, and one child with both a gender and a name. Writers
         * let people leave the children's names or genders open, as people do; such a dialogue can
         * end right and still incomplete.
         */
        boolean statesEveryRequiredFact() {
            return age != null && gender != null && relationshipStatus != null && location != null && incomeRange != null
                    && userTraits != null && userTraits.size() >= 2
                    && partner != null && partner.name() != null
                    && partner.temperamentKeywords() != null && !partner.temperamentKeywords().isEmpty()
                    && partner.appearanceKeywords() != null && !partner.appearanceKeywords().isEmpty()
                    && children != null && children.list() != null
                    && children.list().stream().anyMatch(child -> child.gender() != null && child.name() != null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PartnerFacts(String name, Integer age,
            @JsonProperty("temperament_keywords") List<String> temperamentKeywords,
            @JsonProperty("appearance_keywords") List<String> appearanceKeywords, Map<String, String> traits) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChildrenFacts(int count, List<ChildFacts> list) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChildFacts(String gender, String name) {
    }
}

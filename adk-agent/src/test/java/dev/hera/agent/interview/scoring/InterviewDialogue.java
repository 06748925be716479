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

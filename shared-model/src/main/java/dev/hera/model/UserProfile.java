package dev.hera.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What Hera has learned about the user. Every field may be absent; which ones are required,
 * and when the profile is complete, is decided by {@code dev.hera.profile.ProfileRules}.
 * Empty values are left out of the JSON, so a stored or served profile is always pruned.
 * <p>
 * Unlike the reference, the profile has a place for the user's name and holds no image paths:
 * images are listed separately, as {@link ImageRef}s.
 *
 * @param userName               how the user wants to be called
 * @param age                    the user's age
 * @param gender                 the user's gender
 * @param relationshipStatus     decides which partner is required
 * @param location               where the user lives, free text
 * @param incomeRange            income, free text such as 「500〜600万円」 or "$4,500 a month": the year's
 *                               figure where the person gave one
 * @param userPersonalityTraits  the user's Big Five scores
 * @param partnerFaceDescription the (current or ideal) partner's looks; kept in step with that
 *                               partner's {@code appearance}
 * @param childrenInfo           the children the user wishes for
 * @param currentPartner         the real partner (required when married or partnered)
 * @param idealPartner           the partner wished for (required when single or other)
 * @param interests              the user's interests
 * @param workStyle              how the user works (never asked for)
 * @param futureCareer           the user's career plans (never asked for)
 * @param lifestyle              free-form lifestyle notes, e.g. {@code future_hope}
 * @param createdAt              when the profile got its first content
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record UserProfile(
        String userName,
        Integer age,
        Gender gender,
        RelationshipStatus relationshipStatus,
        String location,
        String incomeRange,
        BigFive userPersonalityTraits,
        String partnerFaceDescription,
        List<ChildWish> childrenInfo,
        Partner currentPartner,
        Partner idealPartner,
        List<String> interests,
        String workStyle,
        String futureCareer,
        Map<String, String> lifestyle,
        Instant createdAt) {

    /**
     * The most wished-for children a profile keeps: each is a person in the family and a portrait
     * to draw, so the count is bounded wherever children are merged, pruned or drawn.
     */
    public static final int MAX_CHILDREN = 5;

    /** A profile with nothing in it. */
    public static UserProfile empty() {
        return new UserProfile(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    /** The partner field the relationship status requires; empty while the status is unknown. */
    public Optional<RelationshipStatus.PartnerField> requiredPartnerField() {
        return Optional.ofNullable(relationshipStatus).map(RelationshipStatus::partnerField);
    }

    /** The current or the ideal partner. */
    public Partner partner(RelationshipStatus.PartnerField field) {
        return field == RelationshipStatus.PartnerField.CURRENT ? currentPartner : idealPartner;
    }

    /** A copy with the current or the ideal partner replaced. */
    public UserProfile withPartner(RelationshipStatus.PartnerField field, Partner partner) {
        return field == RelationshipStatus.PartnerField.CURRENT
                ? new UserProfile(userName, age, gender, relationshipStatus, location, incomeRange,
                        userPersonalityTraits, partnerFaceDescription, childrenInfo, partner, idealPartner, interests,
                        workStyle, futureCareer, lifestyle, createdAt)
                : new UserProfile(userName, age, gender, relationshipStatus, location, incomeRange,
                        userPersonalityTraits, partnerFaceDescription, childrenInfo, currentPartner, partner, interests,
                        workStyle, futureCareer, lifestyle, createdAt);
    }

    /** A copy with another partner face description. */
    public UserProfile withPartnerFaceDescription(String description) {
        return new UserProfile(userName, age, gender, relationshipStatus, location, incomeRange, userPersonalityTraits,
                description, childrenInfo, currentPartner, idealPartner, interests, workStyle, futureCareer, lifestyle,
                createdAt);
    }

    /** A copy with another creation time. */
    public UserProfile withCreatedAt(Instant time) {
        return new UserProfile(userName, age, gender, relationshipStatus, location, incomeRange, userPersonalityTraits,
                partnerFaceDescription, childrenInfo, currentPartner, idealPartner, interests, workStyle, futureCareer,
                lifestyle, time);
    }
}

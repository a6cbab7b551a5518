package org.consilium.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.consilium.agency.Agency;

/** What is written down about a referral when it arrives. */
public class ReferralDetails {

    /** Field names, as the form binds them and as refusals name them. */
    public static final String SOURCE_TYPE = "sourceType";
    public static final String SOURCE_AGENCY = "sourceAgency";
    public static final String SOURCE_PERSON = "sourcePerson";
    public static final String CHANNEL = "channel";
    public static final String RECEIVED_AT = "receivedAt";
    public static final String URGENCY = "urgency";
    public static final String PEOPLE_CONCERNED = "peopleConcerned";
    public static final String DESCRIPTION = "description";
    public static final String REASON_TEXT = "reasonText";
    /** Not filled in on arrival: the family a referral is accepted for, named by a refusal to accept it without one. */
    public static final String FAMILY = "family";

    @NotNull(message = "{validation.required}")
    private SourceType sourceType = SourceType.AGENCY;

    private Agency sourceAgency;

    @Size(max = Referral.PERSON_MAX, message = "{validation.tooLong}")
    private String sourcePerson = "";

    @NotNull(message = "{validation.required}")
    private Channel channel = Channel.PHONE;

    private Instant receivedAt;

    @NotNull(message = "{validation.required}")
    private Urgency urgency;

    @NotBlank(message = "{validation.required}")
    @Size(max = Referral.PEOPLE_MAX, message = "{validation.tooLong}")
    private String peopleConcerned = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = Referral.DESCRIPTION_MAX, message = "{validation.tooLong}")
    private String description = "";

    private Set<ProblemArea> reasons = EnumSet.noneOf(ProblemArea.class);

    @Size(max = Referral.REASON_TEXT_MAX, message = "{validation.tooLong}")
    private String reasonText = "";

    public SourceType getSourceType() { return sourceType; }
    public void setSourceType(SourceType sourceType) { this.sourceType = sourceType; }
    public Agency getSourceAgency() { return sourceAgency; }
    public void setSourceAgency(Agency sourceAgency) { this.sourceAgency = sourceAgency; }
    public String getSourcePerson() { return sourcePerson; }
    public void setSourcePerson(String sourcePerson) { this.sourcePerson = sourcePerson; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public Instant getReceivedAt() { return receivedAt; }
    public void setReceivedAt(Instant receivedAt) { this.receivedAt = receivedAt; }
    public Urgency getUrgency() { return urgency; }
    public void setUrgency(Urgency urgency) { this.urgency = urgency; }
    public String getPeopleConcerned() { return peopleConcerned; }
    public void setPeopleConcerned(String peopleConcerned) { this.peopleConcerned = peopleConcerned; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Set<ProblemArea> getReasons() { return reasons; }
    public void setReasons(Set<ProblemArea> reasons) { this.reasons = reasons == null || reasons.isEmpty() ? EnumSet.noneOf(ProblemArea.class) : EnumSet.copyOf(reasons); }
    public String getReasonText() { return reasonText; }
    public void setReasonText(String reasonText) { this.reasonText = reasonText; }
}

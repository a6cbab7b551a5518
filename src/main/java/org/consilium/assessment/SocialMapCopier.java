package org.consilium.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a new assessment version with a copy of the social map of the version before it: its members,
 * the relations between them and the support network. Runs in the transaction that starts the version,
 * so that the version and its map are saved together or not at all.
 */
@Component
class SocialMapCopier {

    private final AssessmentRepository assessments;
    private final SocialMapMemberRepository members;
    private final SocialMapRelationRepository relations;
    private final SocialMapContactRepository contacts;

    SocialMapCopier(AssessmentRepository assessments, SocialMapMemberRepository members,
                    SocialMapRelationRepository relations, SocialMapContactRepository contacts) {
        this.assessments = assessments;
        this.members = members;
        this.relations = relations;
        this.contacts = contacts;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void copyIntoNewVersion(AssessmentStarted started) {
        if (started.previousId() == null) {
            return;
        }
        Assessment next = assessments.getReferenceById(started.assessmentId());
        Map<Long, SocialMapMember> copies = new HashMap<>();
        for (SocialMapMember m : members.findByAssessmentIdOrderByIdAsc(started.previousId())) {
            copies.put(m.getId(), members.save(m.copyInto(next)));
        }
        List<SocialMapRelation> copiedRelations = relations.findByAssessmentIdOrderByIdAsc(started.previousId()).stream()
                .map(r -> r.copyInto(next, copies.get(r.getFirst().getId()), copies.get(r.getSecond().getId())))
                .toList();
        relations.saveAll(copiedRelations);
        List<SocialMapContact> copiedNetwork = contacts.findByAssessmentIdOrderByIdAsc(started.previousId()).stream()
                .map(c -> c.copyInto(next, c.getMember() == null ? null : copies.get(c.getMember().getId())))
                .toList();
        contacts.saveAll(copiedNetwork);
    }
}

package org.consilium.plan;

import org.consilium.account.UserAccount;
import org.consilium.agency.Agency;
import org.consilium.family.FamilyMember;

/** Who a task's details name as responsible, found by their ids: a family member, or an agency and perhaps one of its users. */
record TaskParties(FamilyMember member, Agency agency, UserAccount user) {
}

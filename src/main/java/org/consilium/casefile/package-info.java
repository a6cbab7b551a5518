/**
 * Cases: a family's case from referral to closure and follow-up, moved through its stages by the
 * rules of {@link org.consilium.casefile.CaseStage}.
 */
package org.consilium.casefile;

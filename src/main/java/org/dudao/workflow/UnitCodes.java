package org.dudao.workflow;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which registered units play the county's standing roles in notices, by unit code ({@code dudao.units.*}):
 * 纪委监委, 组织部 and 绩效办 (invited to major feedback and interviews, copied on decisions), 县委县政府
 * (circulars; the supervising body of townships and county departments) and the education authority
 * (circulars to its party committee; licences of private schools), and the police (referrals, §14). Blank:
 * that role gets no copy.
 */
@ConfigurationProperties("dudao.units")
public record UnitCodes(String disciplineCommission, String organizationDepartment, String performanceOffice,
                        String partyAndGovernment, String educationBureau, String publicSecurity) {
}

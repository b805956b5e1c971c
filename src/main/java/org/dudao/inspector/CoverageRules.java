package org.dudao.inspector;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The staffing ratios of §15: at most {@code schoolsPerInspector} schools per responsible
 * inspector (1:5), and a school with more than {@code largeSchoolStudents} students gets an
 * inspector of its own (1:1).
 */
@Validated
@ConfigurationProperties("dudao.coverage")
record CoverageRules(@Min(1) Integer largeSchoolStudents, @Min(1) Integer schoolsPerInspector) {

    CoverageRules {
        largeSchoolStudents = largeSchoolStudents == null ? 2000 : largeSchoolStudents;
        schoolsPerInspector = schoolsPerInspector == null ? 5 : schoolsPerInspector;
    }
}

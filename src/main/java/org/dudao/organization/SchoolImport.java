package org.dudao.organization;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;
import org.dudao.organization.OrganizationService.NewUnit;
import org.dudao.organization.OrganizationService.UnitView;
import org.dudao.shared.ImportReport;
import org.dudao.shared.Xlsx;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Imports schools and kindergartens from the first sheet of an .xlsx file, row by row: each valid
 * row is stored in its own transaction, each invalid row is reported and nothing of it is stored.
 * Columns (header row, in Chinese): see {@link #COLUMNS} and docs/domain.md.
 */
@Component
class SchoolImport {

    static final String CODE = "学校代码";
    static final String NAME = "学校名称";
    static final String KIND = "学校类别";
    static final String OWNERSHIP = "办学性质";
    static final String TOWNSHIP = "所在乡镇";
    static final String STUDENTS = "在校学生数";
    static final String LICENCE = "办学许可证号";
    static final String DEPARTMENT = "主管部门";
    static final String ADDRESS = "地址";
    static final List<String> COLUMNS = List.of(CODE, NAME, KIND, OWNERSHIP, TOWNSHIP, STUDENTS, LICENCE, DEPARTMENT, ADDRESS);
    private static final List<String> REQUIRED = List.of(CODE, NAME, KIND, OWNERSHIP, TOWNSHIP, STUDENTS, DEPARTMENT);

    private static final Map<String, String> FIELD_COLUMNS = Map.of(
            "code", CODE, "name", NAME, "schoolKind", KIND, "ownership", OWNERSHIP, "townshipId", TOWNSHIP,
            "studentCount", STUDENTS, "licenceNumber", LICENCE, "supervisingDepartmentId", DEPARTMENT, "address", ADDRESS);

    private final OrganizationService organization;
    private final Validator validator;
    private final MessageSource messages;

    SchoolImport(OrganizationService organization, Validator validator, MessageSource messages) {
        this.organization = organization;
        this.validator = validator;
        this.messages = messages;
    }

    ImportReport run(InputStream in) {
        return Xlsx.importRows(in, REQUIRED, FIELD_COLUMNS, this::importRow);
    }

    private long importRow(Xlsx.SheetRow row) {
        SchoolKind kind = row.text(KIND) == null ? null : SchoolKind.parse(row.text(KIND)).orElseThrow(() ->
                new Xlsx.CellException(KIND, "未知的学校类别：" + row.text(KIND), "unknown school kind: " + row.text(KIND)));
        Ownership ownership = row.text(OWNERSHIP) == null ? null : Ownership.parse(row.text(OWNERSHIP)).orElseThrow(() ->
                new Xlsx.CellException(OWNERSHIP, "办学性质应为 公办 或 民办", "must be 公办 (public) or 民办 (private)"));
        Long township = reference(row, TOWNSHIP, UnitKind.TOWNSHIP);
        Long department = reference(row, DEPARTMENT, UnitKind.DEPARTMENT);
        NewUnit unit = new NewUnit(row.text(CODE), row.text(NAME), UnitKind.SCHOOL, false, township, kind, ownership,
                row.integer(STUDENTS), row.text(LICENCE), department, row.text(ADDRESS));
        return organization.create(Xlsx.valid(unit, row, validator, messages, FIELD_COLUMNS)).id();
    }

    /** A township or department named in a cell by its code or its name. */
    private Long reference(Xlsx.SheetRow row, String column, UnitKind kind) {
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        Optional<UnitView> unit = text.matches(OrganizationService.CODE_PATTERN)
                ? organization.unitByCode(text) : Optional.empty();
        if (unit.isEmpty()) {
            unit = organization.unitByName(text);
        }
        return unit.filter(u -> u.kind() == kind).map(UnitView::id).orElseThrow(() -> new Xlsx.CellException(column,
                "找不到" + kind.label() + "：" + text, "no " + kind.name().toLowerCase() + " with this code or name: " + text));
    }
}

package org.dudao.inspector;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Validator;
import org.dudao.inspector.InspectorService.NewInspector;
import org.dudao.shared.ImportReport;
import org.dudao.shared.Xlsx;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Imports inspectors from the first sheet of an .xlsx file, row by row (each valid row in its own
 * transaction, each invalid row reported and not stored). Columns: see {@link #COLUMNS} and docs/domain.md.
 */
@Component
class InspectorImport {

    static final String NAME = "姓名";
    static final String USER = "登录账号";
    static final String EMPLOYMENT = "专兼职";
    static final String DUTY = "督导类别";
    static final String PHONE = "联系电话";
    static final String EMAIL = "电子邮箱";
    static final String EXPERT = "专家库";
    static final String SPECIALITIES = "专长";
    static final String TERM_START = "任期开始";
    static final String TERM_END = "任期结束";
    static final String BACKGROUND = "简介";
    static final List<String> COLUMNS = List.of(NAME, USER, EMPLOYMENT, DUTY, PHONE, EMAIL, EXPERT, SPECIALITIES,
            TERM_START, TERM_END, BACKGROUND);
    private static final List<String> REQUIRED = List.of(NAME, EMPLOYMENT, DUTY);

    private static final Map<String, String> FIELD_COLUMNS = Map.ofEntries(
            Map.entry("name", NAME), Map.entry("userId", USER), Map.entry("employment", EMPLOYMENT),
            Map.entry("duty", DUTY), Map.entry("phone", PHONE), Map.entry("email", EMAIL),
            Map.entry("expert", EXPERT), Map.entry("specialities", SPECIALITIES), Map.entry("termStart", TERM_START),
            Map.entry("termEnd", TERM_END), Map.entry("startDate", TERM_START), Map.entry("endDate", TERM_END),
            Map.entry("background", BACKGROUND));

    private final InspectorService inspectors;
    private final Validator validator;
    private final MessageSource messages;

    InspectorImport(InspectorService inspectors, Validator validator, MessageSource messages) {
        this.inspectors = inspectors;
        this.validator = validator;
        this.messages = messages;
    }

    ImportReport run(InputStream in) {
        return Xlsx.importRows(in, REQUIRED, FIELD_COLUMNS, this::importRow);
    }

    private long importRow(Xlsx.SheetRow row) {
        Employment employment = row.text(EMPLOYMENT) == null ? null : Employment.parse(row.text(EMPLOYMENT))
                .orElseThrow(() -> new Xlsx.CellException(EMPLOYMENT, "应为 专职 或 兼职", "must be 专职 (full-time) or 兼职 (part-time)"));
        DutyKind duty = row.text(DUTY) == null ? null : DutyKind.parse(row.text(DUTY))
                .orElseThrow(() -> new Xlsx.CellException(DUTY, "应为 督政 或 督学", "must be 督政 (government) or 督学 (school)"));
        String expertText = row.text(EXPERT);
        boolean expert;
        if (expertText == null || List.of("否", "no", "false", "n").contains(expertText.toLowerCase(Locale.ROOT))) {
            expert = false;
        } else if (List.of("是", "yes", "true", "y").contains(expertText.toLowerCase(Locale.ROOT))) {
            expert = true;
        } else {
            throw new Xlsx.CellException(EXPERT, "应为 是 或 否", "must be 是 (yes) or 否 (no)");
        }
        List<String> specialities = row.text(SPECIALITIES) == null ? List.of()
                : Arrays.stream(row.text(SPECIALITIES).split("[、,，;；]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        NewInspector inspector = new NewInspector(row.text(NAME), row.text(USER), employment, duty, row.text(PHONE),
                row.text(EMAIL), expert, specialities, row.text(BACKGROUND), row.date(TERM_START), row.date(TERM_END));
        return inspectors.create(Xlsx.valid(inspector, row, validator, messages, FIELD_COLUMNS)).id();
    }
}

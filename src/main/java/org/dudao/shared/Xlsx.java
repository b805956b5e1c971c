package org.dudao.shared;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading the first sheet of an uploaded .xlsx by its Chinese header row; shared by the importers. */
public final class Xlsx {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private Xlsx() {
    }

    /** A cell value that cannot be read; the message names the column's expected content. */
    public static final class CellException extends RuntimeException {
        private final String column;
        private final Bilingual reason;

        public CellException(String column, String zh, String en) {
            super(en);
            this.column = column;
            this.reason = Bilingual.of(zh, en);
        }

        public String column() {
            return column;
        }

        public Bilingual reason() {
            return reason;
        }
    }

    /** The rows of the first sheet after the header, with cells looked up by header text. */
    public record Table(List<String> headers, List<SheetRow> rows) {
    }

    /** One data row; {@code number} is the row number Excel shows (the header is row 1). */
    public record SheetRow(int number, Map<String, Cell> cells) {

        public String text(String column) {
            Cell cell = cells.get(column);
            if (cell == null) {
                return null;
            }
            String value = FORMATTER.formatCellValue(cell).trim();
            return value.isEmpty() ? null : value;
        }

        public String required(String column) {
            String value = text(column);
            if (value == null) {
                throw new CellException(column, "必须填写", "is required");
            }
            return value;
        }

        public Integer integer(String column) {
            Cell cell = cells.get(column);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                double number = cell.getNumericCellValue();
                if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
                    throw new CellException(column, "应为整数", "must be a whole number");
                }
                return (int) number;
            }
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw new CellException(column, "应为整数：" + value, "must be a whole number: " + value);
            }
        }

        public LocalDate date(String column) {
            Cell cell = cells.get(column);
            if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value.replace('/', '-').replace('.', '-'), ISO);
            } catch (DateTimeParseException e) {
                throw new CellException(column, "应为日期（如 2024-09-01）：" + value,
                        "must be a date such as 2024-09-01: " + value);
            }
        }
    }

    private static final DataFormatter FORMATTER = new DataFormatter();

    /** Imports one row and returns the id it created; throws {@link CellException} or {@link DomainException} to reject it. */
    @FunctionalInterface
    public interface RowImporter {
        long importRow(SheetRow row);
    }

    /** A row whose command broke Bean Validation: one error per field. */
    public static final class RowInvalid extends RuntimeException {
        private final List<ImportReport.RowError> errors;

        RowInvalid(List<ImportReport.RowError> errors) {
            super("invalid row");
            this.errors = errors;
        }
    }

    /**
     * Reads the sheet and imports each row on its own: a valid row is stored (in its own
     * transaction), an invalid one is reported with its row, column and reason; {@code fieldColumns}
     * maps a command's field names to the column headers the user sees.
     */
    public static ImportReport importRows(InputStream in, List<String> requiredHeaders, Map<String, String> fieldColumns,
                                          RowImporter importer) {
        List<ImportReport.RowError> errors = new java.util.ArrayList<>();
        List<Long> created = new java.util.ArrayList<>();
        int rejected = 0;
        for (SheetRow row : read(in, requiredHeaders).rows()) {
            List<ImportReport.RowError> rowErrors;
            try {
                created.add(importer.importRow(row));
                continue;
            } catch (CellException e) {
                rowErrors = List.of(new ImportReport.RowError(row.number(), e.column(), e.reason().zh(), e.reason().en()));
            } catch (RowInvalid e) {
                rowErrors = e.errors;
            } catch (DomainException e) {
                String column = e.field() == null ? null : fieldColumns.getOrDefault(e.field(), e.field());
                rowErrors = List.of(new ImportReport.RowError(row.number(), column, e.reason().zh(), e.reason().en()));
            }
            rejected++;
            errors.addAll(rowErrors);
        }
        return new ImportReport(created.size(), rejected, created, errors);
    }

    /** Returns the command if it passes Bean Validation, else rejects the row with one error per field. */
    public static <T> T valid(T command, SheetRow row, jakarta.validation.Validator validator,
                              org.springframework.context.MessageSource messages, Map<String, String> fieldColumns) {
        List<ImportReport.RowError> invalid = new java.util.ArrayList<>();
        for (jakarta.validation.ConstraintViolation<T> violation : validator.validate(command)) {
            String field = violation.getPropertyPath().toString().replaceAll("\\[.*", "");
            invalid.add(rowError(row.number(), fieldColumns.getOrDefault(field, field), violation, messages));
        }
        if (!invalid.isEmpty()) {
            throw new RowInvalid(invalid);
        }
        return command;
    }

    /** A row error for a Bean Validation violation, worded by the same message codes as the API's field errors. */
    public static ImportReport.RowError rowError(int row, String column, jakarta.validation.ConstraintViolation<?> violation,
                                                 org.springframework.context.MessageSource messages) {
        String code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        java.util.Map<String, Object> attributes = new java.util.TreeMap<>(violation.getConstraintDescriptor().getAttributes());
        attributes.keySet().removeAll(java.util.Set.of("message", "groups", "payload"));
        List<Object> arguments = new java.util.ArrayList<>();
        arguments.add(column);
        arguments.addAll(attributes.values());
        var resolvable = new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {code},
                arguments.toArray(), violation.getMessage());
        return new ImportReport.RowError(row, column, messages.getMessage(resolvable, java.util.Locale.CHINESE),
                messages.getMessage(resolvable, java.util.Locale.ENGLISH));
    }

    /**
     * Reads the first sheet. Refuses (400) a file that is not an .xlsx workbook or that lacks one of
     * the {@code requiredHeaders}. Blank rows are skipped.
     */
    public static Table read(InputStream in, List<String> requiredHeaders) {
        ZipSecureFile.setMinInflateRatio(0.005);
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw DomainException.invalid("file", "工作簿中没有工作表", "the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw DomainException.invalid("file", "缺少表头行", "the header row is missing");
            }
            Map<Integer, String> columns = new HashMap<>();
            for (Cell cell : header) {
                String name = FORMATTER.formatCellValue(cell).trim();
                if (!name.isEmpty()) {
                    columns.put(cell.getColumnIndex(), name);
                }
            }
            for (String required : requiredHeaders) {
                if (!columns.containsValue(required)) {
                    throw DomainException.invalid("file", "缺少表头列：" + required, "missing header column: " + required);
                }
            }
            List<SheetRow> rows = new java.util.ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, Cell> cells = new HashMap<>();
                boolean blank = true;
                for (Cell cell : row) {
                    String name = columns.get(cell.getColumnIndex());
                    if (name != null) {
                        cells.put(name, cell);
                        blank &= FORMATTER.formatCellValue(cell).isBlank();
                    }
                }
                if (!blank) {
                    rows.add(new SheetRow(r + 1, cells));
                }
            }
            return new Table(List.copyOf(columns.values()), rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            throw DomainException.invalid("file", "不是有效的 .xlsx 文件", "not a valid .xlsx file");
        }
    }
}

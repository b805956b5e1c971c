package org.dudao.shared;

import java.util.List;

/**
 * The outcome of a spreadsheet import: each valid row is stored on its own, each invalid row is
 * reported with its row number (as Excel shows it), column and reason in both languages.
 */
public record ImportReport(int imported, int rejected, List<Long> createdIds, List<RowError> errors) {

    /** One rejected row; {@code column} is the header text of the offending column, or null for the whole row. */
    public record RowError(int row, String column, String messageZh, String messageEn) {
    }
}

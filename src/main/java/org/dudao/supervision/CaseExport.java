package org.dudao.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dudao.supervision.SupervisionCaseService.CaseQuery;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.supervision.SupervisionCaseService.MemberView;
import org.dudao.supervision.SupervisionCaseService.TargetView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** The case list as an .xlsx workbook, with the same filters as the case query. */
@Component
class CaseExport {

    static final List<String> HEADERS = List.of("案件编号", "标题", "督导类别", "督导方式", "状态", "牵头单位", "协同单位",
            "计划日期", "督导组长", "升级层级", "是否逾期", "重大事项", "流程实例");
    /** A safety limit: an export is a report, not a database dump. */
    static final int MAX_ROWS = 10000;

    private final SupervisionCaseService cases;

    CaseExport(SupervisionCaseService cases) {
        this.cases = cases;
    }

    byte[] export(CaseQuery query) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("督导案件");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            int rowNo = 1;
            int pageNo = 0;
            Page<CaseView> page;
            do {
                page = cases.query(query, PageRequest.of(pageNo++, 500, Sort.by("id")));
                for (CaseView c : page.getContent()) {
                    if (rowNo > MAX_ROWS) {
                        break;
                    }
                    Row row = sheet.createRow(rowNo++);
                    row.createCell(0).setCellValue(c.id());
                    row.createCell(1).setCellValue(c.title());
                    row.createCell(2).setCellValue(c.kindLabel());
                    row.createCell(3).setCellValue(c.modeLabel());
                    row.createCell(4).setCellValue(c.statusLabel());
                    row.createCell(5).setCellValue(c.targets().stream().filter(TargetView::lead).map(TargetView::name)
                            .collect(Collectors.joining("、")));
                    row.createCell(6).setCellValue(c.targets().stream().filter(t -> !t.lead()).map(TargetView::name)
                            .collect(Collectors.joining("、")));
                    row.createCell(7).setCellValue(c.scheduledOn().toString());
                    row.createCell(8).setCellValue(c.team().stream().filter(MemberView::lead).map(MemberView::name)
                            .collect(Collectors.joining("、")));
                    row.createCell(9).setCellValue(c.rung().label());
                    row.createCell(10).setCellValue(c.overdue() ? "是" : "否");
                    row.createCell(11).setCellValue(c.majorMatter() ? "是" : "否");
                    row.createCell(12).setCellValue(c.processInstanceId() == null ? "" : c.processInstanceId());
                }
            } while (page.hasNext() && rowNo <= MAX_ROWS);
            for (int i = 0; i < HEADERS.size(); i++) {
                sheet.setColumnWidth(i, i == 1 ? 40 * 256 : 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

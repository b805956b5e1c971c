package org.dudao.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * Supplies the lines of the office's daily digest: what is overdue and what escalates next. The
 * process or domain layer implements it as a Spring bean; every such bean contributes.
 */
public interface OverdueDigestSource {

    List<DigestLine> digestLines(LocalDate day);
}

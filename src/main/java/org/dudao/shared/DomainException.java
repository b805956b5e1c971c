package org.dudao.shared;

import org.springframework.http.HttpStatus;

/**
 * A user-facing failure of a domain rule. The single {@link ApiErrorHandler} turns it into a
 * 4xx problem detail naming the field (if any) and the reason in Chinese and English.
 */
public class DomainException extends RuntimeException {

    private final HttpStatus status;
    private final String field;
    private final Bilingual reason;

    protected DomainException(HttpStatus status, String field, Bilingual reason) {
        // both languages: the Tasklist shows this message when a form listener refuses a submission
        super(reason.zh() + " / " + reason.en());
        this.status = status;
        this.field = field;
        this.reason = reason;
    }

    /** 404: the id names nothing; {@code whatZh}/{@code whatEn} name the kind of thing, e.g. 学校/school. */
    public static DomainException notFound(String whatZh, String whatEn, Object id) {
        return new DomainException(HttpStatus.NOT_FOUND, null,
                Bilingual.of("未找到" + whatZh + "：" + id, whatEn + " not found: " + id));
    }

    /** 409: the request contradicts what is stored (duplicate code, a 4th term, a second inspector). */
    public static DomainException conflict(String field, String zh, String en) {
        return new DomainException(HttpStatus.CONFLICT, field, Bilingual.of(zh, en));
    }

    /** 400: the request breaks a rule that depends on no stored state. */
    public static DomainException invalid(String field, String zh, String en) {
        return new DomainException(HttpStatus.BAD_REQUEST, field, Bilingual.of(zh, en));
    }

    /** 403: the caller may not see or change this. */
    public static DomainException forbidden(String zh, String en) {
        return new DomainException(HttpStatus.FORBIDDEN, null, Bilingual.of(zh, en));
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }

    public Bilingual reason() {
        return reason;
    }
}

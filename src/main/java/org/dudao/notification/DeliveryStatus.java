package org.dudao.notification;

/**
 * Where one recipient's copy of a notice stands. {@code PENDING → SENDING → SENT}; a refused or
 * unreachable server gives {@code RETRYING} with backoff and, after the last attempt, {@code FAILED};
 * a {@code SENDING} row whose node vanished is {@code UNCERTAIN} (possibly sent, never resent
 * automatically); without an SMTP server the copy is {@code RECORDED} only.
 */
public enum DeliveryStatus {

    PENDING("待发送"),
    SENDING("发送中"),
    RETRYING("等待重试"),
    SENT("已发送"),
    FAILED("发送失败"),
    UNCERTAIN("状态不明，待核实"),
    RECORDED("仅记录（未配置邮件服务器）");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

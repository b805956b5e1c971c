package org.dudao.notification;

/** What happened to a notice or one of its deliveries; kept as its status history. */
enum NoticeEventType {

    ISSUED("签发"),
    SENDING("开始发送"),
    SENT("已发送"),
    RETRYING("发送失败，等待重试"),
    FAILED("发送失败，不再自动重试"),
    UNCERTAIN("发送中断，状态不明"),
    RECORDED("仅记录（未配置邮件服务器）"),
    RETRY_REQUESTED("工作人员要求重发"),
    CONFIRMED_SENT("工作人员确认已送达");

    private final String label;

    NoticeEventType(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}

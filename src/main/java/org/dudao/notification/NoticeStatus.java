package org.dudao.notification;

import java.util.Collection;

/** A notice's status as a whole, summed up from its deliveries; the worst state shows. */
public enum NoticeStatus {

    ISSUED("已签发，待发送"),
    RETRYING("等待重试"),
    SENT("已发送"),
    RECORDED("仅记录（未配置邮件服务器）"),
    UNCERTAIN("状态不明，待核实"),
    FAILED("发送失败");

    private final String label;

    NoticeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static NoticeStatus of(Collection<DeliveryStatus> deliveries) {
        if (deliveries.contains(DeliveryStatus.FAILED)) {
            return FAILED;
        }
        if (deliveries.contains(DeliveryStatus.UNCERTAIN)) {
            return UNCERTAIN;
        }
        if (deliveries.contains(DeliveryStatus.RETRYING)) {
            return RETRYING;
        }
        if (deliveries.contains(DeliveryStatus.PENDING) || deliveries.contains(DeliveryStatus.SENDING)) {
            return ISSUED;
        }
        if (deliveries.contains(DeliveryStatus.SENT)) {
            return SENT;
        }
        return deliveries.isEmpty() ? ISSUED : RECORDED;
    }
}

package org.dudao.supervision;

/** A finding is open until its rectification is accepted; a look-back review can find it relapsed. */
public enum FindingStatus {
    OPEN("待整改"),
    RESOLVED("已整改"),
    RELAPSED("问题反弹");

    private final String label;

    FindingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

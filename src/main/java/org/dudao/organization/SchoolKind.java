package org.dudao.organization;

import java.util.Arrays;
import java.util.Optional;

/** The kind of a school or kindergarten. */
public enum SchoolKind {
    KINDERGARTEN("幼儿园"),
    PRIMARY("小学"),
    JUNIOR("初级中学"),
    NINE_YEAR("九年一贯制学校"),
    SENIOR("高级中学"),
    COMPLETE_SECONDARY("完全中学"),
    VOCATIONAL("中等职业学校"),
    SPECIAL("特殊教育学校"),
    TRAINING("校外培训机构");

    private final String label;

    SchoolKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By code name or Chinese label, as a spreadsheet may give it. */
    public static Optional<SchoolKind> parse(String text) {
        return Arrays.stream(values())
                .filter(k -> k.name().equalsIgnoreCase(text.trim()) || k.label.equals(text.trim()))
                .findFirst();
    }
}

package org.dudao.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Camunda groups Dudao's rules speak of. Units' liaisons are in {@code unit-<code>} groups. */
public final class Roles {

    public static final String ADMIN = "camunda-admin";
    public static final String OFFICE = "office";
    public static final String COMMITTEE = "committee";
    public static final String INSPECTOR = "inspector";
    public static final String DISCIPLINE = "discipline";
    public static final String DESIGNER = "designer";
    public static final String UNIT_GROUP_PREFIX = "unit-";

    /** Role groups with their names, created on every start where missing. */
    public static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put(OFFICE, "督导办 / supervision office");
        GROUPS.put(COMMITTEE, "督导委员会 / supervision committee");
        GROUPS.put(INSPECTOR, "督学 / inspectors");
        GROUPS.put(DISCIPLINE, "纪委监委·组织部·绩效办 / discipline and organisation liaisons");
        GROUPS.put(DESIGNER, "流程设计 / process designers");
    }

    private Roles() {
    }

    public static boolean isUnitGroup(String groupId) {
        return groupId != null && groupId.startsWith(UNIT_GROUP_PREFIX);
    }
}

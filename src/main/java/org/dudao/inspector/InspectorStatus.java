package org.dudao.inspector;

/** An active inspector can be assigned; a dismissed one (解聘, §16) cannot. */
public enum InspectorStatus {
    ACTIVE,
    DISMISSED
}

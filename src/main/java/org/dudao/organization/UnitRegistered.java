package org.dudao.organization;

/**
 * Published when a unit is registered, inside the transaction: the identity layer can create the
 * unit's liaison group ({@code groupId}) in Camunda without the registry knowing the engine.
 */
public record UnitRegistered(long unitId, String code, String name, UnitKind kind, String groupId) {
}

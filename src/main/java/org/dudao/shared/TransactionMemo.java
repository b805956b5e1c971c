package org.dudao.shared;

import java.util.HashMap;
import java.util.Map;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A map that lives as long as the current transaction: what a process step reads many times (every expression of
 * a step asks for the same case or finding) is worked out once. Outside a transaction there is nothing to keep
 * things in, and {@link #map()} answers null.
 *
 * @param <K> key
 * @param <V> value
 */
public final class TransactionMemo<K, V> {

    private final Object key = new Object();

    /** This transaction's map, created on first use and dropped when the transaction ends; null without one. */
    @SuppressWarnings("unchecked")
    public Map<K, V> map() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<K, V> map = (Map<K, V>) TransactionSynchronizationManager.getResource(key);
        if (map == null) {
            Map<K, V> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(key, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            map = created;
        }
        return map;
    }
}

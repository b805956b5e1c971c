package org.dudao.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class TransactionMemoTest {

    final TransactionMemo<Long, String> memo = new TransactionMemo<>();

    @AfterEach
    void endSynchronization() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void outsideATransactionThereIsNothingToKeep() {
        assertThat(memo.map()).isNull();
    }

    @Test
    void oneTransactionSeesOneMapAndTheNextStartsEmpty() {
        TransactionSynchronizationManager.initSynchronization();
        Map<Long, String> first = memo.map();
        first.put(1L, "case 1");
        assertThat(memo.map()).isSameAs(first).containsEntry(1L, "case 1");
        assertThat(new TransactionMemo<Long, String>().map()).as("another memo has its own map").isEmpty();

        completeTransaction();
        TransactionSynchronizationManager.initSynchronization();

        assertThat(memo.map()).isNotSameAs(first).isEmpty();
    }

    private static void completeTransaction() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            synchronization.afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
        }
        TransactionSynchronizationManager.clearSynchronization();
    }
}

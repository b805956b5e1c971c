package org.dudao.worklist;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start, compares the worklist with the engine's open process tasks and rebuilds it when they
 * differ (a database that predates the worklist, or a restore from backup).
 */
@Component
class WorklistCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WorklistCheck.class);

    private final WorklistIndexer indexer;
    private final WorkItems items;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    WorklistCheck(WorklistIndexer indexer, WorkItems items, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.indexer = indexer;
        this.items = items;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        long engine = jdbc.queryForObject("select count(*) from ACT_RU_TASK where PROC_INST_ID_ is not null", Long.class);
        long indexed = items.count();
        if (engine != indexed) {
            try {
                int rebuilt = transaction.execute(status -> indexer.rebuild());
                log.info("Worklist held {} tasks, the engine {}: rebuilt with {}", indexed, engine, rebuilt);
            } catch (RuntimeException e) {
                // another node starting at the same moment rebuilt it first
                log.warn("Worklist rebuild gave way to another node: {}", e.getMessage());
            }
        }
    }
}

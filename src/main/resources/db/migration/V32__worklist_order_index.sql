-- The lists sort by (due_sort, created_at, task_id): with an index on due_sort alone MariaDB read every overdue
-- task and sorted them (EXPLAIN: "Using filesort", ~10,000 rows at province scale; the office's overdue list
-- had p95 54.8 ms, docs/benchmarks.md). With the whole sort key indexed it reads the first page in index order.
create index ix_work_item_due_order on work_item (due_sort, created_at, task_id);

-- Dudao's own index of open user tasks (org.dudao.worklist), kept in the engine's transaction by a
-- task listener, so task lists answer from two small indexed tables instead of Camunda's task query.
create table work_item (
    task_id                varchar(64)  not null primary key,
    process_instance_id    varchar(64),
    process_definition_key varchar(255),
    task_definition_key    varchar(255),
    name                   varchar(255),
    business_key           varchar(255),
    assignee               varchar(255),
    due_at                 datetime(6),
    -- the due date, or 9999-12-31 when there is none, so "by due date" is one index scan
    due_sort               datetime(6)  not null,
    created_at             datetime(6)  not null
);
create index ix_work_item_due on work_item (due_sort);

-- who may work each task: "g:<group>" for candidate groups, "u:<user>" for candidate users and the assignee
create table work_item_identity (
    task_id     varchar(64)  not null,
    identity_id varchar(300) not null,
    primary key (identity_id, task_id)
);
create index ix_work_item_identity_task on work_item_identity (task_id);

-- Per-finding rectification: requirement, deadlines, plan, report, verification and its history (§9, §10).
create table rectification (
    id                   bigint auto_increment primary key,
    version              bigint        not null,
    case_id              bigint        not null,
    finding_id           bigint        not null,
    unit_id              bigint        not null,
    requirement          text          not null,
    plan_due             date          not null,
    report_due           date          not null,
    stage                varchar(20)   not null,
    plan_text            text,
    plan_submitted_at    datetime(6),
    report_text          text,
    report_submitted_at  datetime(6),
    verified_by          varchar(64),
    verified_at          datetime(6),
    verification_comment varchar(2000),
    rejection_count      integer       not null,
    urging_count         integer       not null,
    overdue_count        integer       not null,
    reopen_count         integer       not null,
    created_at           datetime(6)   not null,
    constraint uk_rectification_finding unique (finding_id),
    constraint fk_rectification_case foreign key (case_id) references supervision_case (id),
    constraint fk_rectification_finding foreign key (finding_id) references finding (id),
    constraint fk_rectification_unit foreign key (unit_id) references org_unit (id)
);
create index ix_rectification_case on rectification (case_id);
create index ix_rectification_stage on rectification (stage);

create table rectification_event (
    id               bigint auto_increment primary key,
    rectification_id bigint      not null,
    kind             varchar(30) not null,
    happened_at      datetime(6) not null,
    actor            varchar(64) not null,
    note             text,
    due_before       date,
    due_after        date,
    constraint fk_rectification_event foreign key (rectification_id) references rectification (id)
);
create index ix_rectification_event on rectification_event (rectification_id);

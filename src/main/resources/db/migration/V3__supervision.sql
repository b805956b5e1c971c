-- Supervision cases (督政 / 督学 / 评估监测), their targets and teams, findings and evidence (§2–§11).
create table supervision_case (
    id                    bigint auto_increment primary key,
    version               bigint       not null,
    kind                  varchar(20)  not null,
    mode                  varchar(20)  not null,
    origin                varchar(20)  not null,
    title                 varchar(200) not null,
    scheduled_on          date         not null,
    scope                 text,
    checklist             text,
    major_matter          boolean      not null,
    status                varchar(20)  not null,
    rung                  varchar(20)  not null,
    process_instance_id   varchar(64),
    plan_approved_by      varchar(64),
    plan_approved_at      datetime(6),
    notified_at           datetime(6),
    inspection_started_at datetime(6),
    report_text           text,
    report_approved_by    varchar(64),
    report_approved_at    datetime(6),
    report_published_at   datetime(6),
    feedback_form         varchar(20),
    feedback_on           date,
    feedback_text         text,
    commendation          text,
    commended_at          datetime(6),
    review_started_at     datetime(6),
    reviewed_on           date,
    review_outcome        text,
    closed_at             datetime(6),
    close_note            varchar(1000),
    created_at            datetime(6)  not null,
    created_by            varchar(64)  not null
);
create index ix_supervision_case_status on supervision_case (status);

create table case_target (
    case_id bigint  not null,
    unit_id bigint  not null,
    is_lead boolean not null,
    constraint pk_case_target primary key (case_id, unit_id),
    constraint fk_case_target_case foreign key (case_id) references supervision_case (id),
    constraint fk_case_target_unit foreign key (unit_id) references org_unit (id)
);
create index ix_case_target_unit on case_target (unit_id);

create table case_team_member (
    case_id      bigint  not null,
    inspector_id bigint  not null,
    is_lead      boolean not null,
    constraint pk_case_team_member primary key (case_id, inspector_id),
    constraint fk_case_team_case foreign key (case_id) references supervision_case (id),
    constraint fk_case_team_inspector foreign key (inspector_id) references inspector (id)
);

create table case_feedback_invitee (
    case_id bigint      not null,
    body    varchar(30) not null,
    constraint pk_case_feedback_invitee primary key (case_id, body),
    constraint fk_case_feedback_invitee foreign key (case_id) references supervision_case (id)
);

create table finding (
    id          bigint auto_increment primary key,
    version     bigint        not null,
    case_id     bigint        not null,
    unit_id     bigint        not null,
    item_no     integer       not null,
    category    varchar(40)   not null,
    severity    varchar(20)   not null,
    description text          not null,
    basis       varchar(1000),
    status      varchar(20)   not null,
    recorded_at datetime(6)   not null,
    recorded_by varchar(64)   not null,
    constraint uk_finding_item unique (case_id, item_no),
    constraint fk_finding_case foreign key (case_id) references supervision_case (id),
    constraint fk_finding_unit foreign key (unit_id) references org_unit (id)
);

create table evidence (
    id           bigint auto_increment primary key,
    case_id      bigint       not null,
    finding_id   bigint       not null,
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    note         varchar(500),
    content      longblob     not null,
    uploaded_at  datetime(6)  not null,
    uploaded_by  varchar(64)  not null,
    constraint fk_evidence_finding foreign key (finding_id) references finding (id)
);
create index ix_evidence_finding on evidence (finding_id);

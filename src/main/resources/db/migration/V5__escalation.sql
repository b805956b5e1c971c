-- The escalation ladder's records: urging notices (督办通知), interviews (约谈), circulars (通报),
-- accountability decisions (问责) (§9, §12–§14).
create table urging_notice (
    id               bigint auto_increment primary key,
    version          bigint      not null,
    case_id          bigint      not null,
    unit_id          bigint      not null,
    rectification_id bigint,
    notice_no        varchar(60),
    text             text        not null,
    new_deadline     date        not null,
    issued_at        datetime(6) not null,
    issued_by        varchar(64) not null,
    constraint fk_urging_notice_case foreign key (case_id) references supervision_case (id),
    constraint fk_urging_notice_unit foreign key (unit_id) references org_unit (id),
    constraint fk_urging_notice_rectification foreign key (rectification_id) references rectification (id)
);
create index ix_urging_notice_case on urging_notice (case_id);

create table interview (
    id           bigint auto_increment primary key,
    version      bigint       not null,
    case_id      bigint       not null,
    unit_id      bigint       not null,
    status       varchar(20)  not null,
    reason       text         not null,
    scheduled_on date         not null,
    location     varchar(200),
    held_on      date,
    record       text,
    filed_with   varchar(300),
    created_at   datetime(6)  not null,
    created_by   varchar(64)  not null,
    constraint fk_interview_case foreign key (case_id) references supervision_case (id),
    constraint fk_interview_unit foreign key (unit_id) references org_unit (id)
);
create index ix_interview_case on interview (case_id);

create table interview_participant (
    interview_id bigint       not null,
    seq         integer      not null,
    name         varchar(100) not null,
    constraint pk_interview_participant primary key (interview_id, seq),
    constraint fk_interview_participant foreign key (interview_id) references interview (id)
);

create table circular (
    id                     bigint auto_increment primary key,
    version                bigint      not null,
    case_id                bigint      not null,
    unit_id                bigint      not null,
    status                 varchar(20) not null,
    text                   text        not null,
    counts_in_performance  boolean     not null,
    issued_at              datetime(6),
    issued_by              varchar(64),
    created_at             datetime(6) not null,
    created_by             varchar(64) not null,
    constraint fk_circular_case foreign key (case_id) references supervision_case (id),
    constraint fk_circular_unit foreign key (unit_id) references org_unit (id)
);
create index ix_circular_case on circular (case_id);

create table circular_recipient (
    circular_id bigint       not null,
    seq        integer      not null,
    recipient   varchar(100) not null,
    constraint pk_circular_recipient primary key (circular_id, seq),
    constraint fk_circular_recipient foreign key (circular_id) references circular (id)
);

create table accountability (
    id              bigint auto_increment primary key,
    version         bigint      not null,
    case_id         bigint      not null,
    unit_id         bigint      not null,
    status          varchar(20) not null,
    grounds         text        not null,
    measure         varchar(30) not null,
    referral        varchar(30) not null,
    revoke_licence  boolean     not null,
    decision_text   text,
    decided_by      varchar(64),
    decided_at      datetime(6),
    published       boolean     not null,
    created_at      datetime(6) not null,
    created_by      varchar(64) not null,
    constraint fk_accountability_case foreign key (case_id) references supervision_case (id),
    constraint fk_accountability_unit foreign key (unit_id) references org_unit (id)
);
create index ix_accountability_case on accountability (case_id);

create table accountability_person (
    accountability_id bigint       not null,
    seq              integer      not null,
    name              varchar(60)  not null,
    post              varchar(100),
    constraint pk_accountability_person primary key (accountability_id, seq),
    constraint fk_accountability_person foreign key (accountability_id) references accountability (id)
);

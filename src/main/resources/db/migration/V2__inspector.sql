-- The inspector roster (§15, §16) and responsible-inspector assignments of schools (§4).
create table inspector (
    id               bigint auto_increment primary key,
    version          bigint        not null,
    name             varchar(60)   not null,
    user_id          varchar(64),
    employment       varchar(20)   not null,
    duty             varchar(20)   not null,
    status           varchar(20)   not null,
    phone            varchar(30),
    email            varchar(120),
    expert           boolean       not null,
    background       varchar(500),
    dismissed_on     date,
    dismissal_reason varchar(500),
    created_at       datetime(6)   not null,
    constraint uk_inspector_user unique (user_id)
);

create table inspector_speciality (
    inspector_id bigint      not null,
    speciality   varchar(60) not null,
    constraint pk_inspector_speciality primary key (inspector_id, speciality),
    constraint fk_inspector_speciality foreign key (inspector_id) references inspector (id)
);

create table inspector_term (
    id           bigint auto_increment primary key,
    inspector_id bigint       not null,
    employment   varchar(20)  not null,
    start_date   date         not null,
    end_date     date,
    appointed_by varchar(100),
    constraint fk_inspector_term foreign key (inspector_id) references inspector (id)
);
create index ix_inspector_term on inspector_term (inspector_id);

create table inspector_training (
    id           bigint auto_increment primary key,
    inspector_id bigint       not null,
    held_on      date         not null,
    title        varchar(200) not null,
    hours        integer,
    provider     varchar(100),
    constraint fk_inspector_training foreign key (inspector_id) references inspector (id)
);
create index ix_inspector_training on inspector_training (inspector_id);

create table inspector_evaluation (
    id           bigint auto_increment primary key,
    inspector_id bigint        not null,
    period       varchar(20)   not null,
    grade        varchar(30)   not null,
    evaluated_on date          not null,
    remark       varchar(1000),
    constraint uk_inspector_evaluation unique (inspector_id, period),
    constraint fk_inspector_evaluation foreign key (inspector_id) references inspector (id)
);

create table school_assignment (
    id           bigint auto_increment primary key,
    version      bigint not null,
    school_id    bigint not null,
    inspector_id bigint not null,
    assigned_on  date   not null,
    constraint uk_school_assignment_school unique (school_id),
    constraint fk_school_assignment_school foreign key (school_id) references org_unit (id),
    constraint fk_school_assignment_inspector foreign key (inspector_id) references inspector (id)
);
create index ix_school_assignment_inspector on school_assignment (inspector_id);

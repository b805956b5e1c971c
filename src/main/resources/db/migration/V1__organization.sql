-- Units under supervision: township governments, county departments, schools and kindergartens (§1, §3, §4).
create table org_unit (
    id                        bigint auto_increment primary key,
    version                   bigint       not null,
    code                      varchar(40)  not null,
    name                      varchar(100) not null,
    kind                      varchar(20)  not null,
    committee_member          boolean      not null,
    township_id               bigint,
    school_kind               varchar(30),
    ownership                 varchar(10),
    student_count             integer,
    licence_number            varchar(60),
    supervising_department_id bigint,
    address                   varchar(200),
    created_at                datetime(6)  not null,
    constraint uk_org_unit_code unique (code),
    constraint fk_org_unit_township foreign key (township_id) references org_unit (id),
    constraint fk_org_unit_supervisor foreign key (supervising_department_id) references org_unit (id)
);
create index ix_org_unit_kind on org_unit (kind);

-- A unit's contacts; liaison_of is the unit id for its one liaison (督学联络员), null otherwise,
-- so the unique key allows at most one liaison per unit.
create table unit_contact (
    id         bigint auto_increment primary key,
    version    bigint       not null,
    unit_id    bigint       not null,
    name       varchar(60)  not null,
    title      varchar(60),
    email      varchar(120),
    phone      varchar(30),
    user_id    varchar(64),
    liaison_of bigint,
    constraint uk_unit_contact_liaison unique (liaison_of),
    constraint fk_unit_contact_unit foreign key (unit_id) references org_unit (id)
);
create index ix_unit_contact_unit on unit_contact (unit_id);

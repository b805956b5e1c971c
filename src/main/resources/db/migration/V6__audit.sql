-- Audit trail of every domain write, filled by a Hibernate event listener (org.dudao.audit).
create table audit_entry (
    id          bigint auto_increment primary key,
    happened_at datetime(6) not null,
    actor       varchar(64) not null,
    entity_type varchar(60) not null,
    entity_id   bigint,
    action      varchar(10) not null,
    case_id     bigint,
    changes     text
);
create index ix_audit_entry_case on audit_entry (case_id);
create index ix_audit_entry_entity on audit_entry (entity_type, entity_id);

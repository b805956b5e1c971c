-- What the lifecycle processes record beyond the first domain model: the committee's comments, inspection
-- notes, the upward report, each finding's rectification requirement and deadline from the feedback, the
-- reminder lead of a rectification, and ladder records tied to their finding. An interview is proposed before
-- it has a date, and accountability before its measure is chosen: those columns become nullable (added anew
-- and copied, since H2 and MySQL share no syntax for dropping NOT NULL).
alter table supervision_case add column plan_comment varchar(2000);
alter table supervision_case add column report_comment varchar(2000);
alter table supervision_case add column inspection_notes text;
alter table supervision_case add column reported_upward_at datetime(6);
alter table supervision_case add column upward_report_status integer;

alter table finding add column requirement text;
alter table finding add column rectify_by date;

alter table rectification add column reminder_days integer;

alter table interview add column finding_id bigint;
alter table interview add column planned_on date;
update interview set planned_on = scheduled_on;
alter table interview drop column scheduled_on;
alter table interview add column decision_comment varchar(2000);
alter table interview add column filed_at datetime(6);
alter table interview add constraint fk_interview_finding foreign key (finding_id) references finding (id);

alter table circular add column finding_id bigint;
alter table circular add column decision_comment varchar(2000);
alter table circular add constraint fk_circular_finding foreign key (finding_id) references finding (id);

alter table accountability add column finding_id bigint;
alter table accountability add column proposed_measure varchar(30);
update accountability set proposed_measure = measure;
alter table accountability drop column measure;
alter table accountability add column referred_at datetime(6);
alter table accountability add constraint fk_accountability_finding foreign key (finding_id) references finding (id);

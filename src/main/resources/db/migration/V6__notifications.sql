-- Reminders and escalations written by the deadline timers of the BPMN processes. One row per task, kind and
-- person: the unique key keeps a timer job that runs twice (async executor in a cluster) from writing twice.
create table notification (
    id bigint auto_increment primary key,
    recipient varchar(60) not null,
    kind varchar(20) not null,
    task_id varchar(64) not null,
    report_id bigint not null,
    section_id bigint null,
    step_key varchar(40) not null,
    created_at timestamp not null,
    due_at timestamp null,
    read_at timestamp null,
    constraint uk_notification_task unique (task_id, kind, recipient),
    constraint fk_notification_report foreign key (report_id) references report (id)
) ${table_options};

create index ix_notification_recipient on notification (recipient, created_at);

alter table app_user add column email varchar(200) null;

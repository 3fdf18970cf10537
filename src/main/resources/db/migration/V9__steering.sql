-- Task operations on reports in flight (steering): co-reviews of a legality review (加签) and copies of a
-- report's progress (抄送). Opinions are user text, so they live here in utf8mb4, never in the engine's tables.

create table co_review (
    id bigint auto_increment primary key,
    report_id bigint not null,
    section_id bigint not null,
    task_id varchar(64) not null,
    reviewer varchar(60) not null,
    requested_by varchar(60) not null,
    requested_at timestamp not null,
    opinion mediumtext null,
    answered_at timestamp null,
    constraint uk_co_review_task unique (task_id, reviewer),
    constraint fk_co_review_report foreign key (report_id) references report (id),
    constraint fk_co_review_section foreign key (section_id) references report_section (id)
) ${table_options};

create index ix_co_review_section on co_review (section_id, requested_at);

create table report_copy (
    id bigint auto_increment primary key,
    report_id bigint not null,
    recipient varchar(60) not null,
    copied_by varchar(60) not null,
    copied_at timestamp not null,
    constraint uk_report_copy unique (report_id, recipient),
    constraint fk_report_copy_report foreign key (report_id) references report (id)
) ${table_options};

create table section_revision (
    id bigint auto_increment primary key,
    section_id bigint not null,
    report_id bigint not null,
    revision_number int not null,
    heading varchar(200) not null,
    body mediumtext not null,
    submitted_by varchar(60) not null,
    submitted_by_name varchar(100) not null,
    submitted_at timestamp not null,
    constraint uk_revision_number unique (section_id, revision_number),
    constraint fk_revision_section foreign key (section_id) references report_section (id),
    constraint fk_revision_report foreign key (report_id) references report (id)
) ${table_options};

create table review_opinion (
    id bigint auto_increment primary key,
    section_id bigint not null,
    report_id bigint not null,
    revision_id bigint not null,
    reviewer varchar(60) not null,
    reviewer_name varchar(100) not null,
    conclusion varchar(20) not null,
    authority_finding mediumtext null,
    content_finding mediumtext null,
    procedure_finding mediumtext null,
    wording_finding mediumtext null,
    remarks mediumtext null,
    paragraph int null,
    decided_at timestamp not null,
    constraint fk_opinion_section foreign key (section_id) references report_section (id),
    constraint fk_opinion_report foreign key (report_id) references report (id),
    constraint fk_opinion_revision foreign key (revision_id) references section_revision (id)
) ${table_options};

create index ix_opinion_section on review_opinion (section_id, decided_at);

alter table history_entry add column revision_number int null;
alter table history_entry add column opinion_id bigint null;
alter table history_entry add constraint fk_history_opinion foreign key (opinion_id) references review_opinion (id);

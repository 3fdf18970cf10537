create table published_version (
    id bigint auto_increment primary key,
    report_id bigint not null,
    version_number int not null,
    change_kind varchar(20) not null,
    title varchar(200) not null,
    issuer varchar(200) not null,
    closing_date date null,
    document_number varchar(60) null,
    validity varchar(20) null,
    reason mediumtext null,
    created_by varchar(60) not null,
    created_by_name varchar(100) not null,
    created_at timestamp not null,
    constraint uk_published_version unique (report_id, version_number),
    constraint fk_published_version_report foreign key (report_id) references report (id)
) ${table_options};

create table published_entry (
    id bigint auto_increment primary key,
    version_id bigint not null,
    position int not null,
    depth int not null,
    section_id bigint null,
    assigned boolean not null,
    heading varchar(200) not null,
    body mediumtext null,
    constraint fk_published_entry_version foreign key (version_id) references published_version (id)
) ${table_options};

create index ix_published_entry on published_entry (version_id, position);

alter table publication add column withdrawn_at timestamp null;
alter table publication add column withdrawal_reason mediumtext null;
alter table superior_submission add column receipt_number varchar(60) null;

create table office (
    id bigint auto_increment primary key,
    code varchar(40) not null,
    name varchar(100) not null,
    constraint uk_office_code unique (code)
) ${table_options};

create table app_user (
    id bigint auto_increment primary key,
    username varchar(60) not null,
    display_name varchar(100) not null,
    password_hash varchar(100) not null,
    office_id bigint null,
    enabled boolean not null,
    constraint uk_app_user_username unique (username),
    constraint fk_app_user_office foreign key (office_id) references office (id)
) ${table_options};

create table app_user_role (
    user_id bigint not null,
    role varchar(30) not null,
    primary key (user_id, role),
    constraint fk_app_user_role_user foreign key (user_id) references app_user (id)
) ${table_options};

create table report (
    id bigint auto_increment primary key,
    report_year int not null,
    title varchar(200) not null,
    issuer varchar(200) not null,
    closing_date date null,
    office_head_check boolean not null,
    stage varchar(30) not null,
    process_instance_id varchar(64) null,
    submission_deadline date not null,
    publication_deadline date not null,
    created_by varchar(60) not null,
    created_at timestamp not null,
    signed_by varchar(60) null,
    signed_at timestamp null,
    version bigint not null
) ${table_options};

create table report_section (
    id bigint auto_increment primary key,
    report_id bigint not null,
    parent_id bigint null,
    position int not null,
    depth int not null,
    heading varchar(200) not null,
    office_id bigint null,
    due_date date null,
    body mediumtext null,
    status varchar(30) not null,
    updated_by varchar(60) null,
    updated_at timestamp null,
    version bigint not null,
    constraint fk_section_report foreign key (report_id) references report (id),
    constraint fk_section_parent foreign key (parent_id) references report_section (id),
    constraint fk_section_office foreign key (office_id) references office (id)
) ${table_options};

create index ix_section_report on report_section (report_id, position);

create table history_entry (
    id bigint auto_increment primary key,
    report_id bigint not null,
    section_id bigint null,
    actor varchar(60) not null,
    actor_name varchar(100) not null,
    action varchar(40) not null,
    comment mediumtext null,
    occurred_at timestamp not null,
    constraint fk_history_report foreign key (report_id) references report (id),
    constraint fk_history_section foreign key (section_id) references report_section (id)
) ${table_options};

create index ix_history_section on history_entry (section_id, occurred_at);
create index ix_history_report on history_entry (report_id, occurred_at);

create table deliberation (
    id bigint auto_increment primary key,
    report_id bigint not null,
    meeting_name varchar(100) not null,
    meeting_date date not null,
    outcome varchar(20) not null,
    notes mediumtext null,
    recorded_by varchar(60) not null,
    recorded_at timestamp not null,
    constraint fk_deliberation_report foreign key (report_id) references report (id)
) ${table_options};

create table deliberation_returned_section (
    deliberation_id bigint not null,
    section_id bigint not null,
    primary key (deliberation_id, section_id),
    constraint fk_returned_deliberation foreign key (deliberation_id) references deliberation (id),
    constraint fk_returned_section foreign key (section_id) references report_section (id)
) ${table_options};

create table publication (
    report_id bigint primary key,
    index_number varchar(60) not null,
    document_number varchar(60) null,
    topic_category varchar(60) not null,
    genre_category varchar(60) not null,
    publishing_organisation varchar(200) not null,
    validity varchar(20) null,
    written_date date not null,
    publish_date date not null,
    confidentiality_checked_by varchar(60) not null,
    confidentiality_checked_at timestamp not null,
    published_by varchar(60) not null,
    published_at timestamp not null,
    constraint uk_publication_index_number unique (index_number),
    constraint fk_publication_report foreign key (report_id) references report (id)
) ${table_options};

create table index_number_serial (
    organisation_code varchar(40) not null,
    serial_year int not null,
    last_serial int not null,
    primary key (organisation_code, serial_year)
) ${table_options};

create table superior_submission (
    id bigint auto_increment primary key,
    report_id bigint not null,
    recipient varchar(200) not null,
    submitted_on date not null,
    channel varchar(30) not null,
    recorded_by varchar(60) not null,
    recorded_at timestamp not null,
    constraint fk_submission_report foreign key (report_id) references report (id)
) ${table_options};

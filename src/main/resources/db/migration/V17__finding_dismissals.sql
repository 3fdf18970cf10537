-- Report-check findings the coordinator judged wrong, with the reason. Keyed on the finding's kind and the exact text
-- it was found in (SHA-256), so the same finding stays dismissed and an edited paragraph is checked again.

create table finding_dismissal (
    id bigint auto_increment primary key,
    report_id bigint not null,
    finding_key varchar(64) not null,
    kind varchar(40) not null,
    excerpt varchar(200) not null,
    reason varchar(500) not null,
    dismissed_by varchar(60) not null,
    dismissed_at timestamp not null,
    constraint uk_finding_dismissal unique (report_id, finding_key),
    constraint fk_finding_dismissal_report foreign key (report_id) references report (id)
) ${table_options};

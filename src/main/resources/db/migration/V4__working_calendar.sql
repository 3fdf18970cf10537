create table calendar_day (
    calendar_date date primary key,
    kind varchar(20) not null,
    name varchar(100) not null,
    updated_by varchar(60) null,
    updated_at timestamp not null,
    version bigint not null
) ${table_options};

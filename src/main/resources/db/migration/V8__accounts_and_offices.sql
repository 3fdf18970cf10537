alter table app_user add column failed_logins int default 0 not null;
alter table app_user add column locked_until timestamp null;
alter table app_user add column must_change_password boolean default false not null;
alter table app_user add column password_changed_at timestamp null;

alter table office add column active boolean default true not null;

-- One row at most: the one-time setup screen inserts it in the transaction that creates the first admin, so two
-- setups racing on an empty directory cannot both succeed.
create table first_admin_setup (
    id int primary key,
    username varchar(60) not null,
    created_at timestamp not null
) ${table_options};

-- The audit trail: append-only, one row per action, chained by SHA-256 (see audit.AuditHash). Ids are assigned by
-- the chain (1, 2, 3 … without gaps), so a missing number is a deleted row. The time is stored as epoch
-- milliseconds: what is hashed is exactly what is stored, whatever the time zone of the JVM or the database.
create table audit_log (
    id bigint not null primary key,
    occurred_at_ms bigint not null,
    actor varchar(100) null,
    action varchar(60) not null,
    target varchar(200) null,
    detail varchar(1000) null,
    outcome varchar(10) not null,
    remote_address varchar(64) null,
    previous_hash varchar(64) not null,
    hash varchar(64) not null
) ${table_options};

create index ix_audit_log_time on audit_log (occurred_at_ms);
create index ix_audit_log_actor on audit_log (actor, id);

-- The chain head: the newest entry's id and hash. Appends lock this one row, so that the chain never forks, and
-- the verification compares it with the newest row, so that deleting the newest rows is noticed too.
create table audit_chain_head (
    id int not null primary key,
    last_id bigint not null,
    last_hash varchar(64) not null
) ${table_options};

insert into audit_chain_head (id, last_id, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

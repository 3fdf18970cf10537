create table outline_template (
    id bigint auto_increment primary key,
    name varchar(100) not null,
    updated_by varchar(60) not null,
    updated_at timestamp not null,
    version bigint not null,
    constraint uk_outline_template_name unique (name)
) ${table_options};

create table outline_template_node (
    id bigint auto_increment primary key,
    template_id bigint not null,
    position int not null,
    depth int not null,
    heading varchar(200) not null,
    optional_part boolean not null,
    reference_text mediumtext null,
    constraint fk_template_node_template foreign key (template_id) references outline_template (id)
) ${table_options};

create index ix_template_node on outline_template_node (template_id, position);

alter table report_section add column reference_text mediumtext null;

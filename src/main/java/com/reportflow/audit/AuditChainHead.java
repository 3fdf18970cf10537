package com.reportflow.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The newest entry of the chain, as the verification reads it (AuditChain locks and moves it with plain SQL). */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

    static final int ID = 1;

    @Id
    private Integer id;

    private long lastId;

    private String lastHash;

    protected AuditChainHead() {}

    long getLastId() {
        return lastId;
    }

    String getLastHash() {
        return lastHash;
    }
}

package com.reportflow.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The newest entry of the chain: the one row every append locks, and the verification's check on the end. */
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

    void advance(AuditEntry entry) {
        this.lastId = entry.getId();
        this.lastHash = entry.getHash();
    }
}

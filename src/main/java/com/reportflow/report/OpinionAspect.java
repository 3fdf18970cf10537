package com.reportflow.report;

/** The parts of a legality opinion, in the order reviewers write them. */
public enum OpinionAspect {
    /** Whether the body acting has the authority and is the right subject (主体与权限). */
    AUTHORITY,
    /** What the text says (内容). */
    CONTENT,
    /** Whether the procedure described was lawful (程序). */
    PROCEDURE,
    /** How it is worded (文字表述). */
    WORDING
}

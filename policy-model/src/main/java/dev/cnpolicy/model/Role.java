package dev.cnpolicy.model;

/** What a department is asked to do for a task. */
public enum Role {
    /** 牵头: {@code 省委组织部牵头}. */
    LEAD,
    /** 配合, 协同, 参与: {@code 省知识产权局、工商局配合}. */
    SUPPORT,
    /** 负责, 责任单位, 责任部门, 按职责分别负责, or a bare list in brackets: {@code （省公安厅负责）}. */
    RESPONSIBLE
}

package dev.cnpolicy.model;

/** The administrative level or nature of an {@link Organization}. */
public enum OrganizationKind {
    /** A central body or its local branch: {@code 国家知识产权局}, {@code 哈尔滨海关}. */
    NATIONAL,
    /** A province-level body: {@code 省知识产权局}, {@code 贵州省财政厅}. */
    PROVINCIAL,
    /** A city-level body: {@code 市商务局}, {@code 哈尔滨市人民政府}. */
    MUNICIPAL,
    /** A county- or district-level body: {@code 县政府}, {@code 各区政府}'s members. */
    COUNTY,
    /** A division inside a bureau: {@code 知识产权运用促进处}. */
    INTERNAL_UNIT,
    /** A group named as one: {@code 各市（地）知识产权工作专班}, {@code 各有关单位}. */
    COLLECTIVE,
    /** Anything else: a centre, a bank, an association. */
    OTHER
}

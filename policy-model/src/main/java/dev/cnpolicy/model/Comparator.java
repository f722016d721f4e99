package dev.cnpolicy.model;

/**
 * How an indicator's value bounds its metric, following Chinese drafting convention: 以上 and 以下
 * include the number, 超过 and 低于 exclude it.
 */
public enum Comparator {
    /** 以上, 不低于, 不少于, 达到…以上: {@code 达到10件以上} is 10 or more. */
    AT_LEAST,
    /** 以下, 不超过, 以内: {@code 控制在5%以内} is 5 or less. */
    AT_MOST,
    /** 超过, 高于: {@code 增长率超过20%} is more than 20. */
    MORE_THAN,
    /** 低于, 不满: {@code 低于3%} is less than 3. */
    LESS_THAN,
    /** 达到, 为, or a bare number: {@code 达到85万件}. */
    EXACTLY,
    /** 左右, 约, 余, 多, 近: {@code 100个左右}. */
    APPROXIMATELY,
    /** A range: {@code 20—30家} is value 20, upperValue 30. */
    BETWEEN
}

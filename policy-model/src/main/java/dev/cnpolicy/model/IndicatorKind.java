package dev.cnpolicy.model;

/** What sort of quantity an indicator states. */
public enum IndicatorKind {
    /** A stock or level: {@code 每万人口发明专利拥有量不低于13件}. */
    LEVEL,
    /** A growth rate: {@code 年均增长10%}, {@code 增长率超过20%}. */
    GROWTH_RATE,
    /** A share: {@code 占GDP比重达到11%}, {@code 覆盖率达到50%}, {@code 结案率90%以上}. */
    SHARE,
    /** An addition: {@code 新增…100家}. */
    INCREASE,
    /** A reduction: {@code 压缩三分之二以上}, {@code 降低10%}. */
    DECREASE,
    /** A place in a ranking: {@code 跃居全省前20位} (AT_MOST 20 位), {@code 排名提升3位}. */
    RANK,
    /** Anything else. */
    OTHER
}

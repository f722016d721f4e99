package dev.cnpolicy.model;

/** Which form of Chinese characters the input was written in. */
public enum Script {
    /** Simplified characters only, as in mainland web pages: {@code 知识产权局}. */
    SIMPLIFIED,
    /** Traditional characters, as in some re-published pages: {@code 知識產權局}. */
    TRADITIONAL,
    /** Both forms in noticeable amounts. */
    MIXED
}

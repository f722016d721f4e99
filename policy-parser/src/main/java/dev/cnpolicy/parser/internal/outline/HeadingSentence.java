package dev.cnpolicy.parser.internal.outline;

/**
 * Where the heading of a numbered line ends: {@code 推动创新主体提升专利创造质量。加大……} has the
 * heading {@code 推动创新主体提升专利创造质量}; a phrase with no full stop is all heading.
 */
final class HeadingSentence {

    private HeadingSentence() {
    }

    /** Index in {@code content} where the first sentence ends (exclusive, before its stop). */
    public static int end(String content) {
        int depth = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '（' || c == '(' || c == '《' || c == '“' || c == '〔') {
                depth++;
            } else if ((c == '）' || c == ')' || c == '》' || c == '”' || c == '〕') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '。' || c == '；' || c == '！' || c == '？'
                    || c == '：' && i == content.length() - 1)) {
                return i;
            }
        }
        return content.length();
    }
}

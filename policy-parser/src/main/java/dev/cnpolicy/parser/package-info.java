/** The parser's front door: {@link dev.cnpolicy.parser.PolicyParser}, its builder and its exception; the only exported package. */
@NullMarked
package dev.cnpolicy.parser;

import org.jspecify.annotations.NullMarked;

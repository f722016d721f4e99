/** The number grammars: Chinese numerals, units, dates and heading markers, each in one place. */
@NullMarked
package dev.cnpolicy.parser.internal.numbers;

import org.jspecify.annotations.NullMarked;

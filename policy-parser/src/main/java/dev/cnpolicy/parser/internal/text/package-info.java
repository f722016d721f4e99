/** The text layer: decode, repair, normalise, keep the offset map; and the punctuation every stage scans for. */
@NullMarked
package dev.cnpolicy.parser.internal.text;

import org.jspecify.annotations.NullMarked;

/** Lines to section tree: heading markers, nesting, and where the body ends. */
@NullMarked
package dev.cnpolicy.parser.internal.outline;

import org.jspecify.annotations.NullMarked;

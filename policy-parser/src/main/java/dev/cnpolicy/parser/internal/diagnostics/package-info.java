/** The diagnostics a parse collects, shared by every stage. */
@NullMarked
package dev.cnpolicy.parser.internal.diagnostics;

import org.jspecify.annotations.NullMarked;

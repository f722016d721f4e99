/** The orchestrator: runs the stages in order and assembles their results; no stage imports it. */
@NullMarked
package dev.cnpolicy.parser.internal;

import org.jspecify.annotations.NullMarked;

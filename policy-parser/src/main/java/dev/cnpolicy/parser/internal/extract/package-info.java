/**
 * The extraction stages: tasks, sections, phases and references, and the facts they are made of.
 * Not yet {@code @NullMarked}: several readers here return {@code null} for "not found" without a
 * {@code @Nullable} on their signature.
 */
package dev.cnpolicy.parser.internal.extract;

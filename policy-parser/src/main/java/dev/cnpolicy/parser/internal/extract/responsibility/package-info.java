/**
 * Responsibility clauses: role words, department lists, the department vocabulary and official names.
 * Not yet {@code @NullMarked}: several readers here return {@code null} for "not found" without a
 * {@code @Nullable} on their signature.
 */
package dev.cnpolicy.parser.internal.extract.responsibility;

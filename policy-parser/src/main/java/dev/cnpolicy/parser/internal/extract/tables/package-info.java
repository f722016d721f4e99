/**
 * Task tables: columns, cells, the tasks of their rows and the targets in their value cells.
 * Not yet {@code @NullMarked}: several readers here return {@code null} for "not found" without a
 * {@code @Nullable} on their signature.
 */
package dev.cnpolicy.parser.internal.extract.tables;

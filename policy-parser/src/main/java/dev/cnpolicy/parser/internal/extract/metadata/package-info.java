/**
 * Title, 文号, issuers, addressees, dates, kind, region and period of a document.
 * Not yet {@code @NullMarked}: several readers here return {@code null} for "not found" without a
 * {@code @Nullable} on their signature.
 */
package dev.cnpolicy.parser.internal.extract.metadata;

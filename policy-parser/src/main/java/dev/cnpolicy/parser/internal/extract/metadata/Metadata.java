package dev.cnpolicy.parser.internal.extract.metadata;

import dev.cnpolicy.model.DocumentMetadata;
import dev.cnpolicy.parser.internal.extract.responsibility.OrganizationFactory;

/**
 * What {@link MetadataExtractor} yields: the document's metadata, and the organization factory of
 * its region, built once and handed on to the stages that name departments.
 *
 * @param metadata      title, 文号, issuers, dates, kind, region and period
 * @param organizations turns department names into organizations of the document's region
 */
public record Metadata(DocumentMetadata metadata, OrganizationFactory organizations) {
}

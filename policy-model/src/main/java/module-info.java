/**
 * The public model of cnpolicy: immutable records for policy documents, their JSON form and
 * their validation.
 */
module dev.cnpolicy.model {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires tools.jackson.core;
    requires tools.jackson.databind;

    exports dev.cnpolicy.model;
    exports dev.cnpolicy.model.json;
    exports dev.cnpolicy.model.validation;

    opens dev.cnpolicy.model to org.hibernate.validator, tools.jackson.databind;
}

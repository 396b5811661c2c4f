/**
 * The API's description at {@code /v3/api-docs}: its title, purpose and the
 * version of the build it describes, beside what springdoc reads from the
 * controllers.
 */
package org.gridatlas.app.apidoc;

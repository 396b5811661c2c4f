/**
 * How every API of the deployable answers a bad request: an RFC 9457 problem
 * body that names each offending field and the reason, with one problem type
 * per kind of failure.
 */
package org.gridatlas.app.web;

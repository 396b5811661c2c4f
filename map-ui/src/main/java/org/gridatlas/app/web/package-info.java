/**
 * How every API of the deployable reads a request strictly and answers a bad
 * one: an RFC 9457 problem body that names each offending field and the
 * reason, with one problem type per kind of failure, whether the fault is
 * found by Tomcat, before the handler, by Jackson or by validation.
 */
package org.gridatlas.app.web;

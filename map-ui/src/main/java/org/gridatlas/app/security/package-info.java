/**
 * How requests are signed in and what the web surface admits: browsers with a
 * session from the sign-in page (CSRF-protected), API clients with HTTP Basic
 * or the office's OIDC tokens (stateless), security headers, and the
 * {@link org.gridatlas.command.access.Actor} each signed-in request carries.
 */
package org.gridatlas.app.security;

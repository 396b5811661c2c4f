/**
 * Who may send which command where: {@link org.gridatlas.command.access.Role}s granted on an
 * area-code prefix, the {@link org.gridatlas.command.access.Actor} a request is made by, the
 * roles an endpoint admits ({@link org.gridatlas.command.access.Allowed}) and the areas each
 * command touches ({@link org.gridatlas.command.access.CommandAreas}). Sign-in itself is the
 * deployable's business; this package only judges the actor it is handed.
 */
package org.gridatlas.command.access;

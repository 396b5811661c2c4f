/**
 * The bodies that serve compounds as reads see them: the register's bodies
 * and each compound's committees (views {@code readmodel.any_body} and
 * {@code any_body_member}), their members, the compounds they serve,
 * companies' quarterly evaluations with the red and black lists, cross
 * appointments, and the figures counted from them.
 */
package org.gridatlas.query.body;

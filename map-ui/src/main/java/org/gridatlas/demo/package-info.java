/**
 * The synthetic demo district. It is entered through the same commands a user
 * sends, so every demo record is a real event with its own audit trail.
 */
package org.gridatlas.demo;

/** What every feature of the write side shares: rule violations and audited sending. */
package org.gridatlas.command.system;

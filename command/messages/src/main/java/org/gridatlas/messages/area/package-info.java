/**
 * The administrative hierarchy: district (区, GB/T 2260 six-digit code),
 * sub-district (街道, district code + 3 digits) and community (社区,
 * sub-district code + 3 digits). One district aggregate holds all three levels.
 */
package org.gridatlas.messages.area;

/**
 * Problems found on grid patrol or raised by residents (网格巡查发现、居民反映的问题):
 * where each lies, what kind it is, how it came to light, and when it was
 * resolved and by which meeting.
 */
package org.gridatlas.messages.problem;

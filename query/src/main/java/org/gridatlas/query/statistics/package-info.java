/**
 * The figures a district office asks for first, for the whole district or
 * one of its sub-districts or communities, and only over what the reader may
 * see: compounds counted and summed by area, management mode, category and
 * clearance strategy; party-organisation coverage; committees, leaders,
 * grids and micro-grids. The SQL lives in {@code StatisticsRepository}.
 */
package org.gridatlas.query.statistics;

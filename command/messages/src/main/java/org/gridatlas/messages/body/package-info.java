/**
 * The bodies that serve compounds and their members: shared property
 * societies (共享物业社), the sub-district's state-owned property company
 * (街道国有物业公司) and the project departments (项目部) of a company, property
 * service companies (物业服务企业) with their quarterly evaluations, and cross
 * appointments (双向进入、交叉任职) between a body's member and a party
 * organisation. Owners' committees and property management committees are
 * bodies too, but a compound holds them (see the {@code governance} messages).
 */
package org.gridatlas.messages.body;

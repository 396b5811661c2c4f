package org.gridatlas.messages.compound;

/**
 * Where a managed compound stands on fees: 先服务、再征求、后收费 (serve first, consult
 * the owners, then charge).
 */
public enum FeeStance {
    /** 先服务: the provider serves before asking for money. */
    SERVE_FIRST,
    /** 再征求: the owners are being consulted on a fee. */
    CONSULTING_OWNERS,
    /** 后收费: fees are charged. */
    CHARGING
}

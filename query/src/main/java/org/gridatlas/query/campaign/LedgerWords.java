package org.gridatlas.query.campaign;

import org.gridatlas.messages.clearance.ClearanceStrategy;
import org.gridatlas.messages.compound.ManagementMode;
import org.gridatlas.messages.compound.ManagementTransition;

/**
 * The Chinese names the ledger files give the codes the read model stores,
 * the same words the map page shows (js/i18n.js). Each switch names every
 * constant, so a new mode or strategy does not compile without its name.
 */
final class LedgerWords {

    private LedgerWords() {
    }

    static String mode(String code) {
        if (code == null) {
            return null;
        }
        return switch (ManagementMode.valueOf(code)) {
            case UNMANAGED -> "无物业";
            case BASIC_FALLBACK -> "党员+环卫兜底";
            case STATE_OWNED_FALLBACK -> "街道国有物业兜底";
            case RED_PROPERTY_ENTERPRISE -> "红色物业企业帮建代管";
            case ORIGINAL_EMPLOYER -> "原单位物业协建";
            case MARKET_COMPANY -> "专业物业公司";
            case COMMUNITY_TRUSTEESHIP -> "社区托管";
            case SOCIAL_ORGANISATION -> "社会组织代管";
            case RESIDENT_SELF_MANAGEMENT -> "居民自管";
            case SHARED_PROPERTY_SOCIETY -> "共享物业社";
        };
    }

    static String strategy(String code) {
        if (code == null) {
            return null;
        }
        return switch (ClearanceStrategy.valueOf(code)) {
            case RED_PROPERTY_ENTERPRISE -> "红色物业企业帮建代管";
            case ORIGINAL_EMPLOYER -> "原单位物业点对点协建";
            case SUBSIDISED_TRANSITION -> "过渡补贴（先服务后收费）";
            case BASIC_FALLBACK -> "党员+环卫兜底";
        };
    }

    /** A ledger entry's transition; the ledger's first entry of a compound is its registration. */
    static String transition(String code) {
        if (CampaignLedger.REGISTERED.equals(code)) {
            return "登记";
        }
        return switch (ManagementTransition.valueOf(code)) {
            case CLEARED -> "清零";
            case RELAPSED -> "反弹";
            case CHANGED -> "变更";
        };
    }
}

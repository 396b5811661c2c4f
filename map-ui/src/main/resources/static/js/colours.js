// One meaning per colour across the page: warm (red, orange) is what needs
// work (unmanaged, not covered, a low rate), cool (green, blue, teal, purple)
// is what is in order (managed, covered, a high rate). The compound colourings,
// the choropleths and their legends all take their colours from here.

/** The two ends every scale runs between, and the grey of "nothing to show". */
export const BAD = '#d7301f';
export const WEAK = '#fc8d59';
export const GOOD = '#1a9850';
export const NONE = '#e4e7eb';

/** Management modes: unmanaged is the warmest, the fallback of party members and sanitation still warm; every managed mode cool. */
export const MODE = {
  UNMANAGED: BAD,
  BASIC_FALLBACK: WEAK,
  STATE_OWNED_FALLBACK: '#41ab5d',
  RED_PROPERTY_ENTERPRISE: '#6a51a3',
  ORIGINAL_EMPLOYER: '#9e9ac8',
  MARKET_COMPANY: '#2171b5',
  COMMUNITY_TRUSTEESHIP: '#006d2c',
  SOCIAL_ORGANISATION: '#74c476',
  RESIDENT_SELF_MANAGEMENT: '#02818a',
  SHARED_PROPERTY_SOCIETY: '#67a9cf',
};

/** Party coverage: covered is good (green), not covered needs work (orange). */
export const PARTY = { COVERED: GOOD, UNCOVERED: WEAK };

/** Clearance strategies: the management each leads to, in that management's colour. */
export const STRATEGY = {
  RED_PROPERTY_ENTERPRISE: MODE.RED_PROPERTY_ENTERPRISE,
  ORIGINAL_EMPLOYER: MODE.ORIGINAL_EMPLOYER,
  SUBSIDISED_TRANSITION: MODE.MARKET_COMPANY,
  BASIC_FALLBACK: MODE.BASIC_FALLBACK,
  NONE,
};

/** Five classes from bad to good (ColorBrewer RdYlGn): a choropleth's classes take them in order. */
const BAD_TO_GOOD = [BAD, WEAK, '#fee08b', '#91cf60', GOOD];

/**
 * The five class colours in ascending order of the measure: from bad to good
 * where more is better (a rate), from good to bad where more is worse (compounds
 * still unmanaged).
 */
export function classColours(moreIsBetter) {
  return moreIsBetter ? [...BAD_TO_GOOD] : [...BAD_TO_GOOD].reverse();
}

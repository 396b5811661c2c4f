// Words on screen, Chinese first. Management modes carry their map colour here
// so that legend, map and popups can never disagree.
(function () {
  'use strict';

  const MODES = [
    ['UNMANAGED', '#e31a1c', '无物业', 'Unmanaged'],
    ['BASIC_FALLBACK', '#fe9929', '党员+环卫兜底', 'Basic fallback (party members + sanitation)'],
    ['STATE_OWNED_FALLBACK', '#41ab5d', '街道国有物业兜底', 'Sub-district state-owned company'],
    ['RED_PROPERTY_ENTERPRISE', '#ae017e', '红色物业企业帮建代管', 'Red-property enterprise'],
    ['ORIGINAL_EMPLOYER', '#6a51a3', '原单位物业协建', "Original employer's company"],
    ['MARKET_COMPANY', '#2171b5', '专业物业公司', 'Market property company'],
    ['COMMUNITY_TRUSTEESHIP', '#238b45', '社区托管', 'Community trusteeship'],
    ['SOCIAL_ORGANISATION', '#74c476', '社会组织代管', 'Social organisation'],
    ['RESIDENT_SELF_MANAGEMENT', '#02818a', '居民自管', "Residents' self-management"],
    ['SHARED_PROPERTY_SOCIETY', '#67a9cf', '共享物业社', 'Shared property society'],
  ];

  const WORDS = {
    zh: {
      title: '网格图谱',
      subtitle: '小区物业与党组织覆盖',
      switchTo: 'English',
      legendTitle: '物业管理方式',
      loading: '加载中…',
      shown: (n) => `显示 ${n} 个小区`,
      truncated: '范围内小区过多，请放大地图',
      empty: '尚无小区数据',
      failed: '加载失败，请稍后重试',
      households: '户数',
      mode: '管理方式',
      registeredAt: '登记时间',
    },
    en: {
      title: 'GridAtlas',
      subtitle: 'Compound management and party coverage',
      switchTo: '中文',
      legendTitle: 'Management mode',
      loading: 'Loading…',
      shown: (n) => `${n} compounds shown`,
      truncated: 'Too many compounds in view: zoom in',
      empty: 'No compounds registered yet',
      failed: 'Could not load the map data; try again later',
      households: 'Households',
      mode: 'Management',
      registeredAt: 'Registered',
    },
  };

  const stored = window.localStorage.getItem('gridatlas.language');
  let language = stored === 'en' ? 'en' : 'zh';

  const modes = MODES.map(([code, colour, zh, en]) => ({ code, colour, label: { zh, en } }));
  const byCode = Object.fromEntries(modes.map((m) => [m.code, m]));

  window.GridAtlasI18n = {
    modes,
    language: () => language,
    setLanguage(next) {
      language = next === 'en' ? 'en' : 'zh';
      window.localStorage.setItem('gridatlas.language', language);
      document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    },
    t(key, ...args) {
      const word = WORDS[language][key];
      return typeof word === 'function' ? word(...args) : word;
    },
    mode(code) {
      return byCode[code] || { code, colour: '#9aa5b1', label: { zh: code, en: code } };
    },
    // Times are stored in UTC and always shown in Beijing time, whatever the viewer's clock.
    dateTime(iso) {
      return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
        timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short',
      }).format(new Date(iso));
    },
  };
})();

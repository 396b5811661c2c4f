// Words on screen, Chinese first, and the colours that go with each category,
// so that legend, map and popups can never disagree.

import * as palette from './colours.js';

// [code, colour, 中文, English]; the colours are the page's one palette (colours.js)
const MODES = [
  ['UNMANAGED', palette.MODE.UNMANAGED, '无物业', 'Unmanaged'],
  ['BASIC_FALLBACK', palette.MODE.BASIC_FALLBACK, '党员+环卫兜底', 'Basic fallback (party members + sanitation)'],
  ['STATE_OWNED_FALLBACK', palette.MODE.STATE_OWNED_FALLBACK, '街道国有物业兜底', 'Sub-district state-owned company'],
  ['RED_PROPERTY_ENTERPRISE', palette.MODE.RED_PROPERTY_ENTERPRISE, '红色物业企业帮建代管', 'Red-property enterprise'],
  ['ORIGINAL_EMPLOYER', palette.MODE.ORIGINAL_EMPLOYER, '原单位物业协建', "Original employer's company"],
  ['MARKET_COMPANY', palette.MODE.MARKET_COMPANY, '专业物业公司', 'Market property company'],
  ['COMMUNITY_TRUSTEESHIP', palette.MODE.COMMUNITY_TRUSTEESHIP, '社区托管', 'Community trusteeship'],
  ['SOCIAL_ORGANISATION', palette.MODE.SOCIAL_ORGANISATION, '社会组织代管', 'Social organisation'],
  ['RESIDENT_SELF_MANAGEMENT', palette.MODE.RESIDENT_SELF_MANAGEMENT, '居民自管', "Residents' self-management"],
  ['SHARED_PROPERTY_SOCIETY', palette.MODE.SHARED_PROPERTY_SOCIETY, '共享物业社', 'Shared property society'],
];
const PARTY = [
  ['COVERED', palette.PARTY.COVERED, '党组织已覆盖', 'Covered by a party organisation'],
  ['UNCOVERED', palette.PARTY.UNCOVERED, '党组织未覆盖', 'Not covered'],
];
const STRATEGIES = [
  ['RED_PROPERTY_ENTERPRISE', palette.STRATEGY.RED_PROPERTY_ENTERPRISE, '红色物业企业帮建代管', 'Red-property enterprise'],
  ['ORIGINAL_EMPLOYER', palette.STRATEGY.ORIGINAL_EMPLOYER, '原单位物业点对点协建', "Original employer's company"],
  ['SUBSIDISED_TRANSITION', palette.STRATEGY.SUBSIDISED_TRANSITION, '过渡补贴（先服务后收费）', 'Subsidised transition'],
  ['BASIC_FALLBACK', palette.STRATEGY.BASIC_FALLBACK, '党员+环卫兜底', 'Basic fallback'],
  ['NONE', palette.STRATEGY.NONE, '无需清零', 'No strategy needed'],
];
const FEE_STANCES = { SERVE_FIRST: ['先服务', 'Serving first'], CONSULTING_OWNERS: ['征求业主意见', 'Consulting owners'], CHARGING: ['收费', 'Charging'] };
const MILESTONES = { MET: ['已达成', 'met'], MISSED: ['未达成', 'missed'], REACHED: ['已提前达成', 'reached early'], OPEN: ['进行中', 'open'] };
const CATEGORIES = {
  COMMERCIAL: ['商品房小区', 'Commercial housing'], OLD_COMPOUND: ['老旧小区', 'Old compound'],
  UNIT_DORMITORY: ['单位宿舍', 'Work-unit dormitory'], URBAN_VILLAGE: ['城中村', 'Urban village'],
  RESETTLEMENT_HOUSING: ['安置房小区', 'Resettlement housing'], SCATTERED_BUILDINGS: ['散居楼院', 'Scattered buildings'],
};
// A compound's fields as the history API names them.
const FIELDS = {
  name: ['名称', 'Name'], address: ['地址', 'Address'], households: ['户数', 'Households'],
  buildings: ['楼栋数', 'Buildings'], units: ['单元数', 'Units'], floorArea: ['建筑面积（m²）', 'Floor area (m²)'],
  yearBuilt: ['建成年份', 'Year built'], category: ['类别', 'Category'], communityCode: ['社区代码', 'Community code'],
  boundary: ['边界面积', 'Boundary area'], gridCodes: ['所属网格', 'Grids'],
  'management.mode': ['管理方式', 'Management'], 'management.provider': ['服务主体', 'Provider'],
  'management.since': ['管理起始日期', 'Managed since'], 'management.feeStance': ['收费状态', 'Fees'],
  strategy: ['清零策略', 'Clearance strategy'], plannedDate: ['计划清零日期', 'Planned clearance date'],
  'subsidy.yuanPerSquareMetreMonth': ['补贴标准（元/m²·月）', 'Subsidy (yuan/m² per month)'],
  'subsidy.months': ['补贴月数', 'Subsidy months'], subsidyCommitmentYuan: ['补贴总额（元）', 'Subsidy commitment (yuan)'],
  'committees.owners.formedOn': ['业委会成立日期', "Owners' committee formed"],
  'committees.owners.dissolvedOn': ['业委会解散日期', "Owners' committee dissolved"],
  'committees.propertyManagement.formedOn': ['物管会成立日期', 'Property management committee formed'],
  'committees.propertyManagement.dissolvedOn': ['物管会解散日期', 'Property management committee dissolved'],
  'leaders.buildings': ['楼栋长', 'Building leaders'], 'leaders.units': ['单元长', 'Unit leaders'],
};
const COMMITTEE_MEMBERS = { owners: ['业委会成员', "Owners' committee member"],
  propertyManagement: ['物管会成员', 'Property management committee member'] };
const MEMBER_FIELDS = { name: ['姓名', 'name'], role: ['职务', 'role'], partyMember: ['党员', 'party member'],
  phone: ['电话', 'phone'], appointedOn: ['任职日期', 'appointed on'] };
// What each event did, in Chinese; in English the API's own words are shown.
const EVENTS = {
  CompoundRegisteredEvent: '登记小区', CompoundAttributesChangedEvent: '修改基本信息', CompoundBoundaryCorrectedEvent: '更正边界',
  CompoundAssignedToGridsEvent: '调整所属网格', ManagementChangedEvent: '变更物业管理', ClearanceStrategyAssignedEvent: '确定清零策略',
  OwnersCommitteeFormedEvent: '成立业主委员会', OwnersCommitteeDissolvedEvent: '解散业主委员会',
  PropertyManagementCommitteeFormedEvent: '成立物管会', PropertyManagementCommitteeDissolvedEvent: '解散物管会',
  CompoundLeadersRecordedEvent: '登记楼栋长、单元长',
  CommitteeMemberAppointedEvent: '委员会成员任职', CommitteeMemberLeftEvent: '委员会成员离任',
};
const TRANSITIONS = { CLEARED: '清零', RELAPSED: '反弹', CHANGED: '更换' };
// Problems found on patrol or raised by residents, as the problems layer shows them.
const PROBLEM_STATUSES = [
  ['OPEN', '#d9480f', '未解决', 'Open'],
  ['RESOLVED', '#2f9e44', '已解决', 'Resolved'],
];
const PROBLEM_CATEGORIES = {
  SANITATION: ['环境卫生', 'Sanitation'], REPAIRS: ['设施维修', 'Repairs'], PARKING: ['停车秩序', 'Parking'],
  SECURITY: ['治安安全', 'Security'], FIRE_SAFETY: ['消防安全', 'Fire safety'], GREENING: ['绿化养护', 'Greening'],
  FEES: ['物业收费', 'Fees'], OTHER: ['其他', 'Other'],
};
const FOUND_THROUGH = {
  GRID_PATROL: ['网格巡查', 'Grid patrol'], RESIDENT_REPORT: ['居民反映', 'Resident report'], HOTLINE: ['12345热线', '12345 hotline'],
};
Object.assign(FIELDS, {
  foundThrough: ['发现途径', 'Found through'], description: ['问题描述', 'Description'], foundOn: ['发现日期', 'Found on'],
  status: ['状态', 'Status'], resolvedOn: ['解决日期', 'Resolved on'], meetingId: ['议定会议', 'Settled at meeting'],
  reopenedOn: ['重新打开日期', 'Reopened on'], location: ['位置', 'Location'], compoundId: ['所在小区', 'Compound'],
  gridCode: ['所在网格', 'Grid'],
});
Object.assign(EVENTS, {
  ProblemReportedEvent: '登记问题', ProblemResolvedEvent: '问题解决', ProblemReopenedEvent: '问题重新打开',
  MeetingRecordedEvent: '登记会议', MeetingProblemsChangedEvent: '更正会议议题',
  ComplaintsRecordedEvent: '登记投诉数', ComplaintsCorrectedEvent: '更正投诉数',
});

const WORDS = {
  zh: {
    title: '网格图谱', subtitle: '小区物业与党组织覆盖', switchTo: 'English', district: '区',
    colourBy: '着色', byMode: '物业管理方式', byParty: '党组织覆盖', byStrategy: '清零策略',
    overlays: '叠加图层', grids: '网格', microGrids: '微网格（放大后显示）',
    legendMode: '物业管理方式', legendParty: '党组织覆盖', legendStrategy: '清零策略（一区一策）',
    strategyNote: '浅色为已清零', loading: '加载中…', shown: (n) => `显示 ${n} 个小区`,
    truncated: '范围内小区过多，请放大地图', empty: '尚无小区数据', failed: '地图数据加载失败', retry: '重试',
    panelToggle: '图层与统计', legendFailed: '小区加载失败，暂无统计',
    campaignLoading: '正在加载…', campaignFailed: '清零行动加载失败',
    households: '户数', mode: '管理方式', provider: '服务主体', feeStance: '收费状态', strategy: '清零策略',
    party: '党组织', covered: '已覆盖', uncovered: '未覆盖', relapses: '反弹次数', registeredAt: '登记时间',
    campaign: '清零行动', noCampaign: '本区尚未启动清零行动', remaining: '剩余无物业小区',
    ofBaseline: (n) => `/ 启动时 ${n} 个`, baselineCleared: '基数中已清零', clearances: '清零次数',
    relapsesSince: '反弹次数', found: '新发现无物业', launched: '启动日期', target: '目标日期',
    closed: '已收官', milestones: '节点目标', milestone: (label, due, max) => `${label}：${due} 前不超过 ${max} 个`,
    trend: '月度趋势', trendRemaining: '月末剩余', trendCleared: '当月清零', trendRelapsed: '当月反弹',
    restricted: '仅统计您辖区内的小区', areaCampaigns: '辖区内其他清零行动',
    leftOf: (left, baseline) => `剩余 ${left} / 启动时 ${baseline} 个`, unionBaseline: '进行中行动合计基数（每个小区只计一次）',
    downloadLedger: '下载台账 (Excel)', downloadCsv: 'CSV',
    ledgerHint: '启动时无物业小区的清零台账，截至地图所示时间（含按街道汇总）',
    signInTitle: '登录网格图谱', username: '用户名', password: '密码', signIn: '登录', signOut: '退出',
    admin: '账号管理', signIn_expired: '登录已过期，请重新登录', 'signIn_bad-credentials': '用户名或密码错误',
    signIn_locked: '多次登录失败，账号已被暂时锁定，请稍后再试或联系管理员', signIn_disabled: '账号已停用',
    displayName: '姓名', grants: '权限', grantsHint: '权限（角色@区域代码，逗号分隔；* 为全部）', state: '状态',
    create: '新建账号', editGrants: '修改权限', unlock: '解锁', disable: '停用', enable: '启用',
    disabled: '已停用', locked: '锁定至', active: '正常',
    history: '变更记录', historyOf: (name) => `变更记录：${name}`, historyLoading: '正在加载变更记录…',
    historyEmpty: '暂无变更记录', historyFailed: '变更记录加载失败，请稍后重试', close: '关闭', by: '操作人', reason: '原因', noReason: '未注明',
    listSeparator: '、',
    problems: '问题（网格巡查、居民反映）', problemStatus: '状态', foundThrough: '发现途径', foundOn: '发现日期',
    resolvedOn: '解决日期', compound: '所在小区', description: '问题描述',
    // the area choropleths (layers/areas.js)
    areaChoropleth: '分区着色', areaLevel: '区域层级', areaMeasure: '指标',
    level_NONE: '不显示', level_SUB_DISTRICT: '街道', level_COMMUNITY: '社区', level_GRID: '网格',
    measure_unmanaged: '剩余无物业小区', measure_clearance: '清零率（对照启动基数）', measure_party: '党组织覆盖率',
    measure_ownersCommittee: '业委会组建率', noFigure: '无数据', classesFixed: '按固定间隔分级（每 20%）',
    classesQuartiles: '0 单列一级，其余按四分位分级', compoundsCount: '小区数', unmanagedNow: '现无物业',
    unmanagedAtBaseline: '启动时无物业', clearedSinceBaseline: '启动以来已清零', clearanceRate: '清零率',
    partyCompoundCoverage: '小区党组织覆盖', partyGridCoverage: '网格党组织覆盖', ownersCommitteeRate: '业委会组建率',
    derivedBoundary: '未绘制边界，按所辖网格合并显示',
  },
  en: {
    title: 'GridAtlas', subtitle: 'Compound management and party coverage', switchTo: '中文', district: 'District',
    colourBy: 'Colour by', byMode: 'Management mode', byParty: 'Party coverage', byStrategy: 'Clearance strategy',
    overlays: 'Overlays', grids: 'Grids', microGrids: 'Micro-grids (when zoomed in)',
    legendMode: 'Management mode', legendParty: 'Party coverage', legendStrategy: 'Clearance strategy',
    strategyNote: 'Pale: already cleared', loading: 'Loading…', shown: (n) => `${n} compounds shown`,
    truncated: 'Too many compounds in view: zoom in', empty: 'No compounds registered yet',
    failed: 'Could not load the map data', retry: 'Try again',
    panelToggle: 'Layers & figures', legendFailed: 'Compounds could not be loaded: no counts',
    campaignLoading: 'Loading…', campaignFailed: 'Could not load the clearance campaign',
    households: 'Households', mode: 'Management', provider: 'Provider', feeStance: 'Fees', strategy: 'Strategy',
    party: 'Party', covered: 'covered', uncovered: 'not covered', relapses: 'Relapses', registeredAt: 'Registered',
    campaign: 'Clearance campaign', noCampaign: 'No clearance campaign launched in this district',
    remaining: 'Unmanaged compounds left', ofBaseline: (n) => `of ${n} at launch`, baselineCleared: 'Baseline cleared',
    clearances: 'Clearances', relapsesSince: 'Relapses', found: 'Found unmanaged since', launched: 'Launched',
    target: 'Target date', closed: 'Closed', milestones: 'Milestones',
    milestone: (label, due, max) => `${label}: at most ${max} by ${due}`,
    trend: 'Month by month', trendRemaining: 'Left at month end', trendCleared: 'Cleared', trendRelapsed: 'Relapsed',
    restricted: 'Counted over your areas only', areaCampaigns: 'Other campaigns in the district',
    leftOf: (left, baseline) => `${left} left of ${baseline}`, unionBaseline: 'Open campaigns together, each compound once',
    downloadLedger: 'Download ledger (Excel)', downloadCsv: 'CSV',
    ledgerHint: 'The compounds unmanaged at launch and their clearance, as of the time the map shows (with a summary by sub-district)',
    signInTitle: 'Sign in to GridAtlas', username: 'Username', password: 'Password', signIn: 'Sign in',
    signOut: 'Sign out', admin: 'Accounts', signIn_expired: 'Your session has ended: please sign in again',
    'signIn_bad-credentials': 'Wrong username or password',
    signIn_locked: 'Locked after repeated failed sign-ins: try again later or ask an administrator',
    signIn_disabled: 'This account is disabled',
    displayName: 'Name', grants: 'Grants', grantsHint: 'Grants (ROLE@area code, comma-separated; * for everywhere)',
    state: 'State', create: 'Create account', editGrants: 'Change grants', unlock: 'Unlock', disable: 'Disable',
    enable: 'Enable', disabled: 'disabled', locked: 'locked until', active: 'active',
    history: 'History', historyOf: (name) => `History: ${name}`, historyLoading: 'Loading the history…',
    historyEmpty: 'No changes recorded', historyFailed: 'Could not load the history; try again later', close: 'Close',
    by: 'By', reason: 'Why', noReason: 'not given', listSeparator: ', ',
    problems: 'Problems (patrol, residents)', problemStatus: 'Status', foundThrough: 'Found through', foundOn: 'Found on',
    resolvedOn: 'Resolved on', compound: 'Compound', description: 'Description',
    areaChoropleth: 'Areas by figure', areaLevel: 'Level', areaMeasure: 'Measure',
    level_NONE: 'Off', level_SUB_DISTRICT: 'Sub-districts', level_COMMUNITY: 'Communities', level_GRID: 'Grids',
    measure_unmanaged: 'Unmanaged compounds left', measure_clearance: 'Clearance rate (against the baseline)',
    measure_party: 'Party coverage', measure_ownersCommittee: "Owners' committee rate", noFigure: 'No figure',
    classesFixed: 'Fixed classes of 20 %', classesQuartiles: '0 is a class of its own, the rest in quartiles',
    compoundsCount: 'Compounds', unmanagedNow: 'Unmanaged now', unmanagedAtBaseline: 'Unmanaged at the launch',
    clearedSinceBaseline: 'Cleared since the launch', clearanceRate: 'Clearance rate',
    partyCompoundCoverage: 'Compounds covered by the party', partyGridCoverage: 'Grids covered by the party',
    ownersCommitteeRate: "Owners' committee rate", derivedBoundary: 'No boundary drawn: shown as the union of its grids',
  },
};

// The coordinators' editor (editor/*.js).
Object.assign(WORDS.zh, {
  editMicroGrids: '编辑微网格', editorTitle: '编辑微网格', editorPick: '在地图上点击一个网格，或输入网格编码：',
  gridCode: '网格编码', openGrid: '打开', gridNotFound: '未找到该网格', gridOpenFailed: '网格加载失败，请稍后重试',
  editorGrid: (name, code) => `${name}（${code}）`, editorVersion: (v) => `版本 ${v}`,
  microGridList: '微网格', helpers: '网格辅助员', noHelpers: '未配备', selected: (n) => `已选 ${n} 个`,
  clearSelection: '清除选择', selectHint: '点击地图上或列表中的微网格选择，再次点击取消',
  split: '拆分', merge: '合并', moveEdge: '调整共用边', retire: '撤销', people: '人员', lineage: '沿革',
  needOne: '请先选择一个微网格', needTwo: '请选择两个相邻的微网格', needSeveral: '请选择两个或更多微网格',
  splitDraw: '在地图上画一条穿过所选微网格的线：逐点单击，再次单击最后一点结束。',
  splitParts: (n) => `拆分为 ${n} 块`, piece: (i) => `第 ${i} 块`, code: '编码', name: '名称',
  helpersHint: '网格辅助员（用顿号或逗号分隔）', reasonLabel: '原因（必填）', reasonRequired: '请填写原因',
  check: '检查', submit: '提交', cancel: '取消', redraw: '重画', checking: '正在检查…', saving: '正在提交…',
  checked: '检查通过，可以提交', saved: (v) => `已保存（版本 ${v}）`, failedRequest: '请求失败，请稍后重试',
  mergedInto: '合并后', mergeOf: (codes) => `合并 ${codes}`,
  edgeOf: (a, b) => `${a} 与 ${b} 的共用边`, edgeHint: '拖动共用边上的点（两端固定），松开后自动检查。',
  noSharedEdge: '这两个微网格没有共用边',
  retireInto: '面积并入相邻微网格', noNeighbour: '该微网格没有相邻微网格',
  buildingLeaders: '楼栋长', unitLeaders: '单元长', personName: '姓名', addPerson: '添加', remove: '删除', phone: '电话', building: '楼栋/单元',
  lineageOf: (code) => `${code} 的沿革`, cameFrom: '来自', replacedBy: '已被替代为', current: '现行', retired: '已撤销',
  lineageEmpty: '暂无沿革记录', lineageFailed: '沿革加载失败',
  problemsFound: '未通过检查：', area: (m2) => `面积 ${m2} m²`,
  conflict: '该网格已被他人修改，您的修改未保存。以下是您打开网格之后的修改：',
  reloadRedo: '重新加载网格后再修改', households: '户数', reloadedSubmitAgain: '已重新加载网格，请核对后再次提交',
  householdsBelow: (min) => (min == null ? '户数偏少' : `户数偏少（少于 ${min} 户）`),
  householdsAbove: (max) => (max == null ? '户数偏多' : `户数偏多（多于 ${max} 户）`),
  operationNames: { SPLIT: '拆分', MERGE: '合并', MOVE_SHARED_EDGE: '调整共用边', RETIRE: '撤销', PEOPLE: '人员调整', REDRAW: '重新划分',
    DRAW: '划定' },
});
Object.assign(WORDS.en, {
  editMicroGrids: 'Edit micro-grids', editorTitle: 'Edit micro-grids', editorPick: 'Click a grid on the map, or type its code:',
  gridCode: 'Grid code', openGrid: 'Open', gridNotFound: 'No such grid', gridOpenFailed: 'Could not load the grid; try again later',
  editorGrid: (name, code) => `${name} (${code})`, editorVersion: (v) => `version ${v}`,
  microGridList: 'Micro-grids', helpers: 'Grid helpers', noHelpers: 'none', selected: (n) => `${n} selected`,
  clearSelection: 'Clear selection', selectHint: 'Click micro-grids on the map or in the list to select them; click again to unselect',
  split: 'Split', merge: 'Merge', moveEdge: 'Move shared edge', retire: 'Retire', people: 'People', lineage: 'Lineage',
  needOne: 'Select one micro-grid first', needTwo: 'Select two neighbouring micro-grids', needSeveral: 'Select two or more micro-grids',
  splitDraw: 'Draw a line across the selected micro-grid: click point by point, click the last point again to finish.',
  splitParts: (n) => `Split into ${n} pieces`, piece: (i) => `Piece ${i}`, code: 'Code', name: 'Name',
  helpersHint: 'Grid helpers (separated by commas)', reasonLabel: 'Reason (required)', reasonRequired: 'Give a reason',
  check: 'Check', submit: 'Submit', cancel: 'Cancel', redraw: 'Draw again', checking: 'Checking…', saving: 'Submitting…',
  checked: 'Checked: ready to submit', saved: (v) => `Saved (version ${v})`, failedRequest: 'The request failed; try again later',
  mergedInto: 'Merged', mergeOf: (codes) => `Merge ${codes}`,
  edgeOf: (a, b) => `Edge shared by ${a} and ${b}`, edgeHint: 'Drag the points of the shared edge (its ends stay); it is checked as you drag.',
  noSharedEdge: 'These micro-grids share no edge',
  retireInto: 'Give its area to the neighbour', noNeighbour: 'This micro-grid has no neighbour',
  buildingLeaders: 'Building leaders', unitLeaders: 'Unit leaders', personName: 'Name', addPerson: 'Add', remove: 'Remove', phone: 'Phone', building: 'Building / unit',
  lineageOf: (code) => `Lineage of ${code}`, cameFrom: 'Came from', replacedBy: 'Replaced by', current: 'current', retired: 'retired',
  lineageEmpty: 'No lineage recorded', lineageFailed: 'Could not load the lineage',
  problemsFound: 'Not accepted:', area: (m2) => `area ${m2} m²`,
  conflict: 'Someone else changed this grid; your edit was not saved. Changes since you opened it:',
  reloadRedo: 'Reload the grid and redo the edit', households: 'Households',
  householdsBelow: (min) => (min == null ? 'Few households' : `Few households (under ${min})`),
  householdsAbove: (max) => (max == null ? 'Many households' : `Many households (over ${max})`),
  reloadedSubmitAgain: 'The grid was reloaded: check and submit again',
  operationNames: { SPLIT: 'Split', MERGE: 'Merge', MOVE_SHARED_EDGE: 'Move shared edge', RETIRE: 'Retire', PEOPLE: 'People',
    REDRAW: 'Redraw', DRAW: 'Draw' },
});
// A broken rule in the reader's words, keyed by the rule the server names; unknown rules keep the server's words.
const RULES = {
  'split-line-must-cross': ['拆分线必须从微网格一侧穿到另一侧', 'The line must cross the micro-grid from one edge to another'],
  'split-line-must-end-outside': ['拆分线的端点必须在微网格边界上或边界外', 'The line must end on or beyond the micro-grid boundary'],
  'split-part-too-small': ['拆分出的碎块过小，请移动拆分线', 'The line cuts off a sliver: move it'],
  'merge-needs-shared-edges': ['所选微网格必须有共用边（仅一点相接不够）', 'The micro-grids must share edges (touching at a point is not enough)'],
  'micro-grids-not-neighbours': ['这两个微网格不相邻', 'The two micro-grids are not neighbours'],
  'shared-edge-ends-fixed': ['共用边的两端不能移动', 'The ends of the shared edge stay where they are'],
  'shared-edge-outside-pair': ['共用边不能移出这两个微网格的范围', 'The edge must stay within the two micro-grids'],
  'shared-edge-must-divide-pair': ['新的共用边必须把两个微网格分开', 'The new edge must divide the two micro-grids'],
  'micro-grids-overlap': ['微网格相互重叠', 'Micro-grids overlap'],
  'micro-grids-gap': ['微网格之间有空隙', 'There is a gap between micro-grids'],
  'micro-grids-must-follow-boundary': ['微网格必须铺满网格且不超出网格边界', 'Micro-grids must cover the grid and stay within it'],
  'micro-grid-code-format': ['微网格编码应为网格编码加两位数字', 'A micro-grid code is the grid code and two digits'],
  'micro-grid-code-used': ['该编码已使用过（撤销的编码不能再用）', 'This code was used before (a retired code is never reused)'],
  'micro-grid-code-reused': ['该编码已使用过（撤销的编码不能再用）', 'This code was used before (a retired code is never reused)'],
  'micro-grid-name-required': ['请填写微网格名称', 'Give each micro-grid a name'],
  'micro-grid-helpers-named': ['网格辅助员须填写姓名', 'Grid helpers need names'],
  'micro-grid-unknown': ['该网格中没有这个微网格', 'No such micro-grid in this grid'],
  'split-parts-named': ['请为拆分出的每一块填写编码和名称', 'Name one new micro-grid for each piece the line cuts'],
  'micro-grid-code-retired': ['该编码属于已撤销的微网格，不能再用', 'This code belonged to a retired micro-grid and is never reused'],
  'micro-grid-code-duplicate': ['新微网格的编码不能重复', 'The new micro-grids need different codes'],
  'micro-grid-neighbour-distinct': ['请选择另一个相邻微网格', 'Choose another, neighbouring micro-grid'],
  'merge-needs-two-micro-grids': ['合并至少需要两个不同的微网格', 'A merge needs at least two different micro-grids'],
  'micro-grid-leaders-named': ['楼栋长、单元长须填写姓名且不重复', 'Leaders need names, each named once'],
  'leader-name-required': ['请填写姓名', 'Give the name'],
  'leader-phone-format': ['电话只能包含数字、“+”或“-”，最多 20 位', 'A phone number has at most 20 digits, "+" or "-"'],
  'leader-building-format': ['楼栋/单元名称过长', 'The building or unit is named too long'],
  'micro-grid-people-unchanged': ['人员没有变化', 'These are the people it has already'],
  'reason-required': ['请填写原因', 'Give a reason'],
};

const stored = window.localStorage.getItem('gridatlas.language');
let language = stored === 'en' ? 'en' : 'zh';
const listeners = [];

const categories = (rows) => rows.map(([code, colour, zh, en]) => ({ code, colour, label: { zh, en } }));
const byCode = (list) => Object.fromEntries(list.map((c) => [c.code, c]));
const modes = categories(MODES);
const party = categories(PARTY);
const strategies = categories(STRATEGIES);
const modeByCode = byCode(modes);
const problemStatuses = categories(PROBLEM_STATUSES);
const unknown = (code) => ({ code, colour: '#9aa5b1', label: { zh: code, en: code } });

export const i18n = {
  modes,
  party,
  strategies,
  language: () => language,
  onChange(listener) { listeners.push(listener); },
  setLanguage(next) {
    language = next === 'en' ? 'en' : 'zh';
    window.localStorage.setItem('gridatlas.language', language);
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    listeners.forEach((l) => l());
  },
  t(key, ...args) {
    const word = WORDS[language][key];
    return typeof word === 'function' ? word(...args) : word;
  },
  label(category) { return category.label[language]; },
  mode(code) { return modeByCode[code] || unknown(code); },
  strategy(code) { return byCode(strategies)[code || 'NONE'] || unknown(code); },
  feeStance(code) { return code ? FEE_STANCES[code][language === 'zh' ? 0 : 1] : '—'; },
  milestoneStatus(code) { return MILESTONES[code][language === 'zh' ? 0 : 1]; },
  category(code) { return CATEGORIES[code] ? CATEGORIES[code][language === 'zh' ? 0 : 1] : code; },
  field(name) {
    const i = language === 'zh' ? 0 : 1;
    if (FIELDS[name]) {
      return FIELDS[name][i];
    }
    // A committee member's fields are named by the member: committees.owners.members.<id>.name
    const member = /^committees\.(owners|propertyManagement)\.members\.([^.]+)\.(\w+)$/.exec(name);
    return member && MEMBER_FIELDS[member[3]]
      ? `${COMMITTEE_MEMBERS[member[1]][i]} ${member[2]} ${MEMBER_FIELDS[member[3]][i]}` : name;
  },
  problemStatuses,
  problemStatus(code) { return byCode(problemStatuses)[code] || unknown(code); },
  problemCategory(code) { return PROBLEM_CATEGORIES[code] ? PROBLEM_CATEGORIES[code][language === 'zh' ? 0 : 1] : code; },
  foundThrough(code) { return FOUND_THROUGH[code] ? FOUND_THROUGH[code][language === 'zh' ? 0 : 1] : code; },
  // An entry of the history API: what the change did.
  operation(entry) {
    if (language !== 'zh' || !EVENTS[entry.event]) {
      return entry.operation;
    }
    const transition = entry.payload && TRANSITIONS[entry.payload.transition];
    return transition ? `${EVENTS[entry.event]}（${transition}）` : EVENTS[entry.event];
  },
  // A problem the server reported: its rule in the reader's language, or the server's own words.
  rule(rule, reason) {
    return RULES[rule] ? RULES[rule][language === 'zh' ? 0 : 1] : reason || rule || '';
  },
  microGridOperation(code) { return (WORDS[language].operationNames || {})[code] || code; },
  number(value) { return new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-GB').format(value); },
  // Times are stored in UTC and always shown in Beijing time, whatever the viewer's clock.
  dateTime(iso) {
    return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
      timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short',
    }).format(new Date(iso));
  },
  date(isoDate) {
    return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'UTC', dateStyle: 'medium' })
      .format(new Date(`${isoDate}T00:00:00Z`));
  },
  month(yearMonth) {
    return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'UTC', year: '2-digit', month: 'short' })
      .format(new Date(`${yearMonth}-01T00:00:00Z`));
  },
};

/** Every element marked data-i18n gets its words, and the language button offers the other language. */
export function applyTexts() {
  document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = i18n.t(el.dataset.i18n); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach((el) => {
    el.placeholder = i18n.t(el.dataset.i18nPlaceholder);
    el.setAttribute('aria-label', el.placeholder);
  });
  const button = document.getElementById('language');
  if (button) {
    button.textContent = i18n.t('switchTo');
  }
}

/** Wires the language button to switch between Chinese and English. */
export function wireLanguageButton() {
  document.getElementById('language')
    .addEventListener('click', () => i18n.setLanguage(i18n.language() === 'zh' ? 'en' : 'zh'));
}

// ---- Micro-grid edits, lineage and named leaders (issue 9, history and lineage) ----
// Kept in this one block so that it merges beside the editor's own words.
Object.assign(FIELDS, {
  workers: ['网格员', 'Grid workers'], helpers: ['网格辅助员', 'Grid helpers'],
  buildingLeaders: ['楼栋长', 'Building leaders'], unitLeaders: ['单元长', 'Unit leaders'],
  'leaders.buildingLeaders': ['楼栋长名单', 'Building leaders by name'],
  'leaders.unitLeaders': ['单元长名单', 'Unit leaders by name'],
});
Object.assign(EVENTS, {
  GridDrawnEvent: '划定网格', GridBoundaryRedrawnEvent: '调整网格边界', GridWorkersAssignedEvent: '配备网格员',
  MicroGridsRedrawnEvent: '重新划分微网格', MicroGridSplitEvent: '拆分微网格', MicroGridsMergedEvent: '合并微网格',
  SharedEdgeMovedEvent: '调整共用边界', MicroGridRetiredEvent: '撤销微网格',
  MicroGridPeopleAssignedEvent: '配备微网格人员', CompoundLeadersNamedEvent: '登记楼栋长、单元长名单',
});
Object.assign(WORDS.zh, {
  microGrid: '微网格', microGridCodes: '微网格', microGridFields: (code, field) => `微网格 ${code} ${field}`,
});
Object.assign(WORDS.en, {
  microGrid: 'Micro-grid', microGridCodes: 'Micro-grids', microGridFields: (code, field) => `Micro-grid ${code}: ${field}`,
});
// ---- end of issue 9 block ----

// ---- Time travel (issue 10): the day the page shows ----
Object.assign(WORDS.zh, {
  asOfLabel: '查看日期', asOfNow: '现在', asOfBack: '回到现在',
  asOfBanner: (day) => `正在查看历史：${day}日终（北京时间）的状态`,
  editPresentOnly: '查看历史时不能编辑，请先回到现在',
});
Object.assign(WORDS.en, {
  asOfLabel: 'Show date', asOfNow: 'Now', asOfBack: 'Back to now',
  asOfBanner: (day) => `Viewing the past: the map as it stood at the end of ${day} (Beijing time)`,
  editPresentOnly: 'The past cannot be edited: go back to now first',
});
// ---- end of time travel block ----
// ---- The leadership dashboard (issue 10): dashboard.html and dashboard/*.js ----
Object.assign(WORDS.zh, {
  dashboard: '领导看板', dashboardTitle: '领导看板', backToMap: '返回地图', print: '打印', retry: '重试',
  boardLoading: '正在加载看板…', noDistricts: '您的辖区内尚无已登记的区',
  boardFailed: (what, why) => `${what}数据加载失败（${why}），请重试`, rankingFailed: (why) => `排名加载失败（${why}）`,
  burndown: '清零进度与预测', ranking: '辖区排名', bySubDistrict: '按街道', byCommunity: '按社区',
  launchedOn: (d) => `${d} 启动`, targetOn: (d) => `目标 ${d}`, closedOn: (d) => `${d} 收官`,
  verdict_ON_TRACK: '按期完成', verdict_AT_RISK: '有风险', verdict_OFF_TRACK: '滞后',
  projectedCleared: '已全部清零', projectedNever: '按近期进度无法清零', projectedOn: (d) => `预计 ${d} 清零`,
  reason_CLEARED: '无物业小区已全部清零', reason_BEFORE_TARGET: '按近期进度可在目标日期前清零，下一节点目标可达成',
  reason_NEXT_MILESTONE_OVER: '可在目标日期前清零，但下一节点目标预计难以达成',
  reason_WITHIN_GRACE: (n) => `预计晚于目标日期，但不超过 ${n} 个月`,
  reason_AFTER_GRACE: (n) => `预计晚于目标日期 ${n} 个月以上`,
  reason_NOT_CLEARING: '近期净清零数不大于零：反弹和新发现抵消了清零',
  figBaseline: '启动时无物业小区', figBaselineDetail: (n) => `共 ${n} 个小区`, figCleared: '基数中已清零',
  figRelapses: '反弹', figFound: '新发现无物业', figRemaining: '剩余无物业小区',
  figPartyCompounds: '小区党组织覆盖率', figPartyGrids: '网格党组织覆盖率', figOwnersCommittees: '业委会组建率',
  figSubsidy: '已承诺补贴', ofTotal: (part, whole) => `${part} / ${whole}`, yuan: (n) => `${n} 元`,
  windowSoFar: (m) => `${m}至今`, windowMonths: (n, from, to) => `近 ${n} 个完整月（${from}–${to}）`,
  windowFigures: (months, cleared, relapsed, found, net, rate) =>
    `${months}清零 ${cleared} 个、反弹 ${relapsed} 个、新发现 ${found} 个，净清零 ${net} 个，月均 ${rate} 个`,
  projectionCleared: '已无剩余无物业小区',
  projectionNever: (left) => `剩余 ${left} 个，按此进度无法清零`,
  projectionDate: (left, months, date) => `剩余 ${left} 个，约需 ${months} 个月，预计 ${date} 清零`,
  projectionTarget: (target, grace) => `目标日期 ${target}（“有风险”至 ${grace}）`,
  nextMilestoneWithin: (label, due, max, projected) => `下一节点“${label}”（${due}，不超过 ${max} 个）预计剩余 ${projected} 个，可达成`,
  nextMilestoneOver: (label, due, max, projected) => `下一节点“${label}”（${due}，不超过 ${max} 个）预计剩余 ${projected} 个，难以达成`,
  sentenceBreak: '；',
  seriesActual: '月末剩余', seriesProjection: '按近期进度预测', seriesBaseline: (n) => `启动时 ${n} 个`,
  seriesMilestones: '节点目标（上限）', seriesTarget: '目标日期',
  colArea: '辖区', colBaseline: '启动时', colBaselineCleared: '已清零', colClearanceRate: '清零率',
  colRemaining: '剩余', colClearances: '清零次数', colRelapses: '反弹', colFound: '新发现', colTotal: '合计',
});
Object.assign(WORDS.en, {
  dashboard: 'Dashboard', dashboardTitle: 'Leadership dashboard', backToMap: 'Back to the map', print: 'Print',
  retry: 'Try again', boardLoading: 'Loading the dashboard…', noDistricts: 'No district registered in your areas yet',
  boardFailed: (what, why) => `Could not load the ${what.toLowerCase()} (${why}): try again`,
  rankingFailed: (why) => `Could not load the ranking (${why})`,
  burndown: 'Progress and projection', ranking: 'Areas ranked', bySubDistrict: 'Sub-districts', byCommunity: 'Communities',
  launchedOn: (d) => `launched ${d}`, targetOn: (d) => `target ${d}`, closedOn: (d) => `closed ${d}`,
  verdict_ON_TRACK: 'On track', verdict_AT_RISK: 'At risk', verdict_OFF_TRACK: 'Off track',
  projectedCleared: 'All cleared', projectedNever: 'Never cleared at the recent pace',
  projectedOn: (d) => `cleared by ${d} at the recent pace`,
  reason_CLEARED: 'No compound is left unmanaged',
  reason_BEFORE_TARGET: 'The recent pace clears them by the target date and meets the next milestone',
  reason_NEXT_MILESTONE_OVER: 'The recent pace clears them by the target date but misses the next milestone',
  reason_WITHIN_GRACE: (n) => `Later than the target date, by at most ${n} months`,
  reason_AFTER_GRACE: (n) => `More than ${n} months later than the target date`,
  reason_NOT_CLEARING: 'The recent net clearance is nil or less: relapses and new finds cancel the clearances',
  figBaseline: 'Unmanaged at launch', figBaselineDetail: (n) => `of ${n} compounds`, figCleared: 'Baseline cleared',
  figRelapses: 'Relapses', figFound: 'Found unmanaged', figRemaining: 'Unmanaged left',
  figPartyCompounds: 'Compounds with a party organisation', figPartyGrids: 'Grids with a party organisation',
  figOwnersCommittees: "Compounds with an owners' committee", figSubsidy: 'Subsidy committed',
  ofTotal: (part, whole) => `${part} of ${whole}`, yuan: (n) => `${n} yuan`,
  windowSoFar: (m) => `${m} so far`, windowMonths: (n, from, to) => `The last ${n} full months (${from} – ${to})`,
  windowFigures: (months, cleared, relapsed, found, net, rate) =>
    `${months}: ${cleared} cleared, ${relapsed} relapsed, ${found} found unmanaged, net ${net}, ${rate} a month`,
  projectionCleared: 'None left unmanaged',
  projectionNever: (left) => `${left} left, never cleared at this pace`,
  projectionDate: (left, months, date) => `${left} left, about ${months} months, cleared by ${date}`,
  projectionTarget: (target, grace) => `target ${target} ("at risk" until ${grace})`,
  nextMilestoneWithin: (label, due, max, projected) => `next milestone "${label}" (${due}, at most ${max}): ${projected} projected, met`,
  nextMilestoneOver: (label, due, max, projected) => `next milestone "${label}" (${due}, at most ${max}): ${projected} projected, missed`,
  sentenceBreak: '; ',
  seriesActual: 'Left at month end', seriesProjection: 'Projected at the recent pace', seriesBaseline: (n) => `${n} at launch`,
  seriesMilestones: 'Milestones (at most)', seriesTarget: 'Target date',
  colArea: 'Area', colBaseline: 'At launch', colBaselineCleared: 'Cleared', colClearanceRate: 'Cleared %',
  colRemaining: 'Left', colClearances: 'Clearances', colRelapses: 'Relapses', colFound: 'Found', colTotal: 'Total',
});
// ---- end of the leadership dashboard block ----
// ---- Search, filters and the compound popup (issue 10, finding things) ----
Object.assign(WORDS.zh, {
  searchPlaceholder: '查找小区、网格、社区（名称、地址或编码）', searchNone: '未找到', searchFailed: '查找失败，请稍后重试',
  kinds: { COMPOUND: '小区', GRID: '网格', MICRO_GRID: '微网格', COMMUNITY: '社区', SUB_DISTRICT: '街道' },
  filters: '筛选小区', filterSubDistrict: '街道', filterCommunity: '社区', filterMode: '管理方式', filterStrategy: '清零策略',
  filterCategory: '类别', filterParty: '党组织覆盖', filterAll: '全部', clearFilters: '清除筛选',
  filteredCount: (n) => `地图范围内符合条件的小区 ${n} 个`,
  popupCode: '编码', popupArea: '街道 · 社区', popupAddress: '地址', popupGrids: '网格', popupMicroGrid: '微网格',
  popupCategory: '类别', popupBuildingLeaders: '楼栋长', popupUnitLeaders: '单元长', popupLoading: '正在加载详情…',
  leadersCount: (n) => `${n} 名`,
});
Object.assign(WORDS.en, {
  searchPlaceholder: 'Find a compound, grid or community (name, address or code)', searchNone: 'Nothing found',
  searchFailed: 'The search failed; try again later',
  kinds: { COMPOUND: 'Compound', GRID: 'Grid', MICRO_GRID: 'Micro-grid', COMMUNITY: 'Community', SUB_DISTRICT: 'Sub-district' },
  filters: 'Filter compounds', filterSubDistrict: 'Sub-district', filterCommunity: 'Community', filterMode: 'Management',
  filterStrategy: 'Clearance strategy', filterCategory: 'Category', filterParty: 'Party coverage', filterAll: 'All',
  clearFilters: 'Clear filters', filteredCount: (n) => `${n} matching compounds in view`,
  popupCode: 'Code', popupArea: 'Sub-district · community', popupAddress: 'Address', popupGrids: 'Grids',
  popupMicroGrid: 'Micro-grid', popupCategory: 'Category', popupBuildingLeaders: 'Building leaders',
  popupUnitLeaders: 'Unit leaders', popupLoading: 'Loading the details…', leadersCount: (n) => `${n}`,
});
i18n.kind = (code) => (WORDS[language].kinds || {})[code] || code;
i18n.categories = () => Object.keys(CATEGORIES);
// ---- end of issue 10 block ----

// ---- Changes between two dates (issue 10): panels/changes.js ----
Object.assign(WORDS.zh, {
  changesOpen: '对比两个日期', changesFrom: '起始日期', changesTo: '截止日期', changesCompare: '对比',
  changesNote: '比较起始日期日终与截止日期日终（北京时间）的状态，例如 8月31日 至 9月30日 即九月内的变化',
  changesLoading: '正在对比…', changesFailed: '对比失败，请稍后重试',
  changesTotal: (n, from, to) => `${from}日终至${to}日终共 ${n} 项变化`,
  changesGroup: (label, n) => `${label}（${n}）`,
  changesTruncated: (n) => `变化过多，仅列出前 ${n} 项（计数包括全部）`,
  changesLegend: '变化（两个日期之间）',
  changeHighlights: { CLEARED: '清零', RELAPSED: '反弹', REGISTERED: '新登记', OTHER: '其他变化' },
  changeKinds: {
    CLEARED: '清零（无物业→有物业）', RELAPSED: '反弹（有物业→无物业）', MODE_CHANGED: '更换管理方式',
    REGISTERED: '新登记小区', OWNERS_COMMITTEE_FORMED: '成立业主委员会', OWNERS_COMMITTEE_DISSOLVED: '解散业主委员会',
    MANAGEMENT_COMMITTEE_FORMED: '成立物管会', MANAGEMENT_COMMITTEE_DISSOLVED: '解散物管会',
    PARTY_ORGANISATION_FOUNDED: '成立党组织', PARTY_ORGANISATION_DISSOLVED: '撤销党组织',
    MICRO_GRID_SPLIT: '拆分微网格', MICRO_GRID_MERGED: '合并微网格', MICRO_GRID_EDGE_MOVED: '调整微网格共用边',
    MICRO_GRID_RETIRED: '撤销微网格', MICRO_GRID_REDRAWN: '重新划分微网格',
  },
  partyTypes: {
    COMPOUND_BRANCH: '小区党支部', GRID_BRANCH: '网格党支部', PROPERTY_ENTERPRISE_BRANCH: '物业企业党支部',
    FUNCTIONAL_BRANCH: '功能型党支部', PARTY_GROUP: '党小组', CENTRAL_HOUSEHOLD: '党员中心户',
  },
});
Object.assign(WORDS.en, {
  changesOpen: 'Compare two dates', changesFrom: 'From', changesTo: 'To', changesCompare: 'Compare',
  changesNote: 'Compares the end of the first day with the end of the second (Beijing time): 31 Aug to 30 Sep is what changed in September',
  changesLoading: 'Comparing…', changesFailed: 'Could not compare the dates, please try again',
  changesTotal: (n, from, to) => `${n} changes from the end of ${from} to the end of ${to}`,
  changesGroup: (label, n) => `${label} (${n})`,
  changesTruncated: (n) => `Too many changes: the first ${n} are listed (the counts cover all)`,
  changesLegend: 'Changed between the dates',
  changeHighlights: { CLEARED: 'Cleared', RELAPSED: 'Relapsed', REGISTERED: 'Registered', OTHER: 'Other change' },
  changeKinds: {
    CLEARED: 'Cleared (unmanaged → managed)', RELAPSED: 'Relapsed (managed → unmanaged)', MODE_CHANGED: 'Management changed',
    REGISTERED: 'Compound registered', OWNERS_COMMITTEE_FORMED: "Owners' committee formed",
    OWNERS_COMMITTEE_DISSOLVED: "Owners' committee dissolved", MANAGEMENT_COMMITTEE_FORMED: 'Property-management committee formed',
    MANAGEMENT_COMMITTEE_DISSOLVED: 'Property-management committee dissolved',
    PARTY_ORGANISATION_FOUNDED: 'Party organisation founded', PARTY_ORGANISATION_DISSOLVED: 'Party organisation dissolved',
    MICRO_GRID_SPLIT: 'Micro-grid split', MICRO_GRID_MERGED: 'Micro-grids merged', MICRO_GRID_EDGE_MOVED: 'Shared edge moved',
    MICRO_GRID_RETIRED: 'Micro-grid retired', MICRO_GRID_REDRAWN: 'Micro-grids redrawn',
  },
  partyTypes: {
    COMPOUND_BRANCH: 'Compound branch', GRID_BRANCH: 'Grid branch', PROPERTY_ENTERPRISE_BRANCH: 'Property company branch',
    FUNCTIONAL_BRANCH: 'Functional branch', PARTY_GROUP: 'Party group', CENTRAL_HOUSEHOLD: 'Central household',
  },
});
// ---- end of changes between two dates block ----

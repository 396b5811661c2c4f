package org.gridatlas.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Made-up names for the demo: plausible, and none of them a real compound, person or company. */
final class DemoNames {

    static final List<String> SUB_DISTRICTS = List.of("长风街道", "学府街道", "汾东街道", "锦绣街道", "龙城街道",
            "新晋街道", "丰泽街道", "春晖街道", "翠屏街道", "和畅街道");
    private static final List<String> COMMUNITY_FIRST = List.of("春", "和", "安", "康", "福", "瑞", "祥", "兴", "泰", "宁");
    private static final List<String> COMMUNITY_SECOND = List.of("华", "园", "苑", "阳", "荣", "盛", "平", "丰", "乐", "源");
    private static final List<String> STEMS = List.of("锦绣", "阳光", "和平", "幸福", "康乐", "丽景", "翠苑", "滨河",
            "长青", "学府", "青年", "财经", "建设", "春晖", "金桥", "怡园", "馨苑", "雅居", "嘉和", "恒泰", "华府", "紫荆",
            "御景", "枫林", "桂花", "海棠", "东湖", "西岸", "南山", "北辰");
    private static final List<String> ENDINGS = List.of("小区", "花园", "苑", "家园", "新村", "公寓", "佳苑", "雅居");
    static final List<String> EMPLOYERS = List.of("第一纺织厂", "机械厂", "化工厂", "电业局", "铁路分局", "煤机厂",
            "印刷厂", "建筑公司", "水泥厂", "汽修厂", "食品厂", "粮食局", "供销社", "邮电局", "制药厂", "钢铁厂",
            "玻璃厂", "木材厂", "农机厂", "棉纺厂");
    private static final List<String> VILLAGES = List.of("许", "王", "北格", "南堰", "东岗", "西温", "孙家", "李家",
            "刘家", "杨家");
    static final List<String> MARKET_COMPANIES = List.of("晋阳物业服务有限公司", "锦华物业管理有限公司",
            "恒安物业服务有限公司", "龙城物业管理有限公司", "汾河物业服务有限公司", "金桥物业管理有限公司",
            "众和物业服务有限公司", "宏远物业管理有限公司", "安居物业服务有限公司", "康宁物业管理有限公司",
            "新城物业服务有限公司", "德馨物业管理有限公司");
    static final List<String> RED_ENTERPRISES = List.of("红星红色物业服务有限公司", "党建红物业服务有限公司",
            "先锋红色物业有限公司", "同心红色物业服务有限公司", "晋红物业服务有限公司");
    static final List<String> SOCIAL_ORGANISATIONS = List.of("邻里互助服务中心", "社区公益服务社", "和谐家园社会工作服务中心");
    static final String FALLBACK_PROVIDER = "社区党员志愿服务队、区环卫中心";
    private static final List<String> SURNAMES = List.of("李", "王", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
            "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗");
    private static final List<String> GIVEN = List.of("建国", "秀英", "志强", "桂兰", "海燕", "俊杰", "丽娟", "文华",
            "永红", "晓东", "红梅", "国庆", "淑珍", "明亮", "春燕", "卫东", "玉兰", "建华", "敏", "静", "磊", "洋", "勇", "艳");
    private static final List<String> ORDINALS = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十");

    private final Random random;
    private final Set<String> compoundNames = new HashSet<>();

    DemoNames(Random random) {
        this.random = random;
    }

    static String community(int index) {
        return COMMUNITY_FIRST.get(index / 10 % 10) + COMMUNITY_SECOND.get(index % 10) + "社区";
    }

    static String ordinal(int index) {
        return ORDINALS.get(index);
    }

    String person() {
        return pick(SURNAMES) + pick(GIVEN);
    }

    /** Distinct names, as a list of people must be. */
    List<String> people(int count) {
        Set<String> names = new java.util.LinkedHashSet<>();
        while (names.size() < count) {
            names.add(person());
        }
        return List.copyOf(names);
    }

    String estate() {
        return unique(pick(STEMS) + pick(ENDINGS));
    }

    String dormitory(String employer) {
        return unique(employer + "宿舍");
    }

    String village() {
        return unique(pick(VILLAGES) + "村");
    }

    String scattered() {
        return unique(pick(STEMS) + "街散居楼院");
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A second compound of the same name becomes 二区, then 三区, as districts number them. */
    private String unique(String name) {
        String candidate = name;
        for (int i = 1; !compoundNames.add(candidate); i++) {
            candidate = name + (i < ORDINALS.size() ? ORDINALS.get(i) : String.valueOf(i + 1)) + "区";
        }
        return candidate;
    }
}

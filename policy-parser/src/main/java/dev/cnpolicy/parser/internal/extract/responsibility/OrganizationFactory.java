package dev.cnpolicy.parser.internal.extract.responsibility;

import dev.cnpolicy.model.Organization;
import dev.cnpolicy.model.OrganizationKind;

/**
 * Makes an {@link Organization} from a canonical name: decides its kind, qualifies it with the
 * document's region where its level word refers to it ({@code 省知识产权局} in a {@code 黑龙江省}
 * document is {@code 黑龙江省知识产权局}) and finds its official full name ({@code 省人社厅} →
 * {@code 黑龙江省人力资源和社会保障厅}; {@code 发改委} in a State Council document →
 * {@code 国家发展和改革委员会}).
 */
public final class OrganizationFactory {

    private final DepartmentVocabulary vocabulary = DepartmentVocabulary.get();
    private final OfficialNames officialNames = OfficialNames.get();
    private final String region;
    /** The region without its level word ({@code 河池市} → {@code 河池}), or {@code null}. */
    private final String place;

    /** @param region the document's region in full ({@code 黑龙江省}, {@code 哈尔滨市}), or {@code null} */
    public OrganizationFactory(String region) {
        this.region = region;
        this.place = region == null ? null : placeOf(region);
    }

    /**
     * @param name      the canonical name, shared prefixes and suffixes distributed ({@code 省人社厅})
     * @param asWritten the words as they stand in the text
     */
    public Organization create(String name, String asWritten) {
        String canonical = withoutLevelBeforeOwnPlace(name);
        String qualified = qualify(canonical);
        OrganizationKind kind = kindOf(canonical);
        if (kind == OrganizationKind.COLLECTIVE) {
            return new Organization(canonical, asWritten, qualified, kind);
        }
        OfficialNames.Official official = officialNames.resolve(canonical, qualified, region);
        if (official == null) {
            return new Organization(canonical, asWritten, qualified, kind);
        }
        if (official.national()) {
            kind = OrganizationKind.NATIONAL; // 财政部, 海关总署, 银保监会: central in any document
        } else if (kind == OrganizationKind.OTHER || kind == OrganizationKind.INTERNAL_UNIT) {
            String level = vocabulary.levelSuffixOf(official.place()); // a bare 发改委 in a 黑龙江省 plan
            kind = level == null ? kind : levelKind(level);
        }
        return new Organization(canonical, asWritten, qualified, kind, official.name(), true);
    }

    /**
     * A list's shared level put before a name that already starts with a place is dropped: in a
     * 河池市 document, {@code 市公安局、河池税务局} gives {@code 河池税务局}, not {@code 市河池税务局};
     * in a 辽宁省 plan, {@code 省人社厅牵头，沈阳局、大连局配合} gives {@code 沈阳局}, a city's own
     * bureau, not {@code 省沈阳局}.
     */
    private String withoutLevelBeforeOwnPlace(String name) {
        String level = vocabulary.levelPrefixOf(name);
        if (level == null) {
            return name;
        }
        String rest = name.substring(level.length());
        boolean ownPlace = region != null && place.length() >= 2 && rest.startsWith(place);
        String province = vocabulary.regionIn(rest);
        boolean namedPlace = vocabulary.cityAt(rest) != null || province != null && rest.startsWith(province);
        return ownPlace || namedPlace ? rest : name;
    }

    /** The place part of a region's full name: 河池市 → 河池, 黑龙江省 → 黑龙江, 广西壮族自治区 → 广西. */
    private String placeOf(String fullRegion) {
        String shortName = vocabulary.regionIn(fullRegion);
        if (shortName != null && fullRegion.startsWith(shortName)) {
            return shortName;
        }
        String level = vocabulary.levelSuffixOf(fullRegion);
        return level == null ? fullRegion : fullRegion.substring(0, fullRegion.length() - level.length());
    }

    OrganizationKind kindOf(String name) {
        if (vocabulary.isCollective(name)) {
            return OrganizationKind.COLLECTIVE;
        }
        String level = vocabulary.levelPrefixOf(name);
        if (level != null) {
            return levelKind(level);
        }
        if (vocabulary.isNational(name)) {
            return OrganizationKind.NATIONAL;
        }
        if (region != null && name.startsWith(place) && name.length() > region.length()) {
            String regionLevel = vocabulary.levelSuffixOf(region);
            if (regionLevel != null) {
                return levelKind(regionLevel); // 河池税务局 in a 河池市 document is a city body
            }
        }
        // a named place decides before the unit suffix: 河池市人民政府办公室 is a city body, not a unit
        String placeLevel = placeLevel(name);
        if (placeLevel != null) {
            return levelKind(placeLevel);
        }
        String city = vocabulary.cityAt(name);
        if (city != null && vocabulary.fullRegionName(city) == null) {
            return OrganizationKind.MUNICIPAL; // 沈阳局, 大连保护中心 in a 辽宁省 plan are the cities' own
        }
        if (vocabulary.isInternalUnit(name)) {
            return OrganizationKind.INTERNAL_UNIT;
        }
        if (vocabulary.regionIn(name) != null) {
            return OrganizationKind.PROVINCIAL;
        }
        if (DepartmentListParser.isPlaceBody(name)) { // 东湖区 in a clause stands for its government
            return levelKind(name.substring(name.length() - 1));
        }
        String regionLevel = region == null ? null : vocabulary.levelSuffixOf(region);
        if (regionLevel != null && DepartmentListParser.NAMED_ZONE.matcher(name).lookingAt()) {
            return levelKind(regionLevel); // 侯马经济开发区管委会 in a 临汾市 plan is the city's
        }
        return OrganizationKind.OTHER;
    }

    String qualify(String name) {
        if (region == null) {
            return name;
        }
        String level = vocabulary.levelPrefixOf(name);
        if (level != null && region.endsWith(level) && !name.startsWith(region)) {
            return region + name.substring(level.length());
        }
        return name;
    }

    /**
     * The level word right after a place name at the start, or {@code null}: 哈尔滨市财政局 → 市,
     * 中共某某县委办公室 → 县, 立山区人民政府 → 区. A 区 counts only before a government or party
     * body, since 示范区局 or 开发区 name zones, not districts.
     */
    private String placeLevel(String name) {
        String place = name.startsWith("中共") ? name.substring(2) : name;
        for (int i = 2; i <= Math.min(5, place.length() - 1); i++) {
            String rest = place.substring(i);
            String level = vocabulary.levelPrefixOf(rest);
            if (level == null) {
                continue;
            }
            if (level.equals("省") || level.equals("市") || level.equals("县") || level.equals("自治区")
                    || level.equals("州")) {
                return level;
            }
            if ((level.equals("区") || level.equals("旗")) && vocabulary.isGovernmentBody(rest.substring(level.length()))) {
                return level;
            }
        }
        return null;
    }

    private static OrganizationKind levelKind(String level) {
        return switch (level) {
            case "省", "自治区" -> OrganizationKind.PROVINCIAL;
            case "市", "州", "盟" -> OrganizationKind.MUNICIPAL;
            default -> OrganizationKind.COUNTY;
        };
    }
}

package dev.cnpolicy.parser.internal.extract;

import dev.cnpolicy.model.Organization;
import dev.cnpolicy.model.OrganizationKind;

/**
 * Makes an {@link Organization} from a canonical name: decides its kind and qualifies it with the
 * document's region where its level word refers to it ({@code 省知识产权局} in a {@code 黑龙江省}
 * document is {@code 黑龙江省知识产权局}).
 */
public final class OrganizationFactory {

    private final DepartmentVocabulary vocabulary = DepartmentVocabulary.get();
    private final String region;
    /** The region without its level word ({@code 河池市} → {@code 河池}), or {@code null}. */
    private final String place;

    /** @param region the document's region in full ({@code 黑龙江省}, {@code 哈尔滨市}), or {@code null} */
    public OrganizationFactory(String region) {
        this.region = region;
        this.place = region == null ? null : placeOf(region);
    }

    public Organization create(String name, String asWritten) {
        String canonical = withoutLevelBeforeOwnPlace(name);
        return new Organization(canonical, asWritten, qualify(canonical), kindOf(canonical));
    }

    /**
     * A list's shared level put before a name that already starts with the document's own place
     * is dropped: in a 河池市 document, {@code 市公安局、河池税务局} gives {@code 河池税务局}, not
     * {@code 市河池税务局}.
     */
    private String withoutLevelBeforeOwnPlace(String name) {
        if (region == null) {
            return name;
        }
        String level = vocabulary.levelPrefixOf(name);
        if (level == null || place.length() < 2 || !name.startsWith(place, level.length())) {
            return name;
        }
        return name.substring(level.length());
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
        if (vocabulary.isInternalUnit(name)) {
            return OrganizationKind.INTERNAL_UNIT;
        }
        return vocabulary.regionIn(name) != null ? OrganizationKind.PROVINCIAL : OrganizationKind.OTHER;
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

package dev.cnpolicy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordInvariantsTest {

    private static final SourceSpan SPAN = new SourceSpan(0, 4, 1);

    @Test
    void collectionsAreUnmodifiableCopies() {
        List<String> ids = new ArrayList<>(List.of("i1"));
        Goal goal = new Goal("g1", GoalKind.OVERALL, "到2025年", 2025, ids, null, SPAN);
        ids.add("i2");

        assertThat(goal.indicatorIds()).containsExactly("i1");
        assertThatThrownBy(() -> goal.indicatorIds().add("i3")).isInstanceOf(UnsupportedOperationException.class);
        PolicyDocument doc = SampleDocuments.full();
        assertThatThrownBy(() -> doc.tasks().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> doc.sections().get(2).children().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullCollectionsBecomeEmpty() {
        PolicyDocument doc = new PolicyDocument(null, "x", SampleDocuments.full().source(), "",
                DocumentMetadata.titled("无题"), null, null, null, null, null, null, null);

        assertThat(doc.schemaVersion()).isEqualTo(PolicyDocument.SCHEMA_VERSION);
        assertThat(doc.tasks()).isEmpty();
        assertThat(doc.metadata().issuers()).isEmpty();
    }

    @Test
    void rejectsNegativeAndBackwardSpans() {
        assertThatThrownBy(() -> new SourceSpan(-1, 3, 1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> new SourceSpan(5, 3, 1)).hasMessageContaining("before its start");
        assertThatThrownBy(() -> new SourceSpan(0, 3, 0)).hasMessageContaining("line");
    }

    @Test
    void rejectsImpossibleIndicatorRanges() {
        assertThatThrownBy(() -> indicator(Comparator.BETWEEN, "20", null)).hasMessageContaining("BETWEEN needs upperValue");
        assertThatThrownBy(() -> indicator(Comparator.BETWEEN, "30", "20")).hasMessageContaining("below value");
        assertThatThrownBy(() -> indicator(Comparator.AT_LEAST, "20", "30")).hasMessageContaining("only for BETWEEN");
        assertThat(indicator(Comparator.BETWEEN, "20", "30").upperValue()).isEqualByComparingTo("30");
    }

    @Test
    void rejectsBackwardPeriodsAndPhases() {
        assertThatThrownBy(() -> new PlanPeriod(2025, 2023)).hasMessageContaining("endYear 2023");
        assertThatThrownBy(() -> new Phase("p1", "启动阶段", YearMonth.of(2016, 8), YearMonth.of(2016, 2), "启动阶段", SPAN))
                .hasMessageContaining("before start");
    }

    @Test
    void referenceNeedsTitleOrNumber() {
        assertThatThrownBy(() -> new Reference(null, null, SPAN)).hasMessageContaining("title or a documentNumber");
    }

    @Test
    void responsibilityListsDepartmentsByRole() {
        Responsibility r = SampleDocuments.full().tasks().get(0).responsibility();

        assertThat(r.departments(Role.LEAD)).extracting(Organization::name).containsExactly("省发展改革委");
        assertThat(r.departments(Role.RESPONSIBLE)).isEmpty();
    }

    private static Indicator indicator(Comparator comparator, String value, String upper) {
        return new Indicator("i1", "新建数据中心", comparator, new BigDecimal(value),
                upper == null ? null : new BigDecimal(upper), "个", IndicatorKind.INCREASE, null, "20—30个", SPAN);
    }
}

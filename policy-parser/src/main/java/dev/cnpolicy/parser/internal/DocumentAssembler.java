package dev.cnpolicy.parser.internal;

import dev.cnpolicy.model.DocumentMetadata;
import dev.cnpolicy.model.Goal;
import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.Source;
import dev.cnpolicy.model.SourceSpan;
import dev.cnpolicy.model.Task;
import dev.cnpolicy.parser.internal.extract.GoalExtractor;
import dev.cnpolicy.parser.internal.extract.IndicatorExtractor;
import dev.cnpolicy.parser.internal.extract.MetadataExtractor;
import dev.cnpolicy.parser.internal.extract.OrganizationFactory;
import dev.cnpolicy.parser.internal.extract.PhaseExtractor;
import dev.cnpolicy.parser.internal.extract.ReferenceExtractor;
import dev.cnpolicy.parser.internal.extract.SectionBuilder;
import dev.cnpolicy.parser.internal.extract.PreambleTargets;
import dev.cnpolicy.parser.internal.extract.TableIndicators;
import dev.cnpolicy.parser.internal.extract.TableTaskExtractor;
import dev.cnpolicy.parser.internal.extract.TaskExtractor;
import dev.cnpolicy.parser.internal.outline.Outline;
import dev.cnpolicy.parser.internal.outline.OutlineParser;
import dev.cnpolicy.parser.internal.text.CharFrequencies;
import dev.cnpolicy.parser.internal.text.TextLayer;
import dev.cnpolicy.parser.internal.text.TextResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** Runs the stages in order and assembles their results into one {@link PolicyDocument}. Thread-safe. */
public final class DocumentAssembler {

    private final TextLayer textLayer;
    private final OutlineParser outlineParser = new OutlineParser();
    private final MetadataExtractor metadataExtractor = new MetadataExtractor();
    private final SectionBuilder sectionBuilder = new SectionBuilder();
    private final IndicatorExtractor indicatorExtractor = new IndicatorExtractor();
    private final GoalExtractor goalExtractor = new GoalExtractor(indicatorExtractor);
    private final PreambleTargets preambleTargets = new PreambleTargets(indicatorExtractor);
    private final TaskExtractor taskExtractor = new TaskExtractor(indicatorExtractor);
    private final TableTaskExtractor tableTaskExtractor = new TableTaskExtractor();
    private final PhaseExtractor phaseExtractor = new PhaseExtractor();
    private final ReferenceExtractor referenceExtractor = new ReferenceExtractor();

    public DocumentAssembler(CharFrequencies frequencies, boolean keepOriginalScript) {
        this.textLayer = new TextLayer(frequencies, keepOriginalScript);
    }

    /** Parses input bytes. */
    public PolicyDocument assemble(String id, String sourceName, byte[] bytes, boolean html) {
        Diagnostics diagnostics = new Diagnostics();
        TextResult text = textLayer.read(sourceName, bytes, html, diagnostics);
        return assemble(id, sourceName, sha256(bytes), text, diagnostics);
    }

    /** Only the text layer: the normalised text of input bytes. */
    public String normalize(String sourceName, byte[] bytes) {
        return textLayer.read(sourceName, bytes, false, new Diagnostics()).givenBack();
    }

    /** Parses decoded text. */
    public PolicyDocument assemble(String id, String text) {
        Diagnostics diagnostics = new Diagnostics();
        TextResult result = textLayer.read(text, diagnostics);
        return assemble(id, id, sha256(text.getBytes(StandardCharsets.UTF_8)), result, diagnostics);
    }

    private PolicyDocument assemble(String id, String sourceName, String sha256, TextResult text,
                                    Diagnostics diagnostics) {
        Outline outline = outlineParser.parse(text.text(), diagnostics);
        DocumentMetadata metadata = metadataExtractor.extract(text.text(), outline, id, diagnostics);
        Integer planEnd = metadata.period() == null ? null : metadata.period().endYear();
        OrganizationFactory organizations = new OrganizationFactory(metadata.region());
        List<Indicator> indicators = new ArrayList<>();
        List<Goal> goals = goalExtractor.extract(text.text(), outline, planEnd, indicators, diagnostics);
        List<Task> tasks = new ArrayList<>(taskExtractor.extract(text.text(), outline, metadata.kind(), planEnd,
                organizations, indicators, diagnostics));
        TableIndicators.Read tables = TableIndicators.read(text.text(),
                tableTaskExtractor.extract(text.text(), organizations, diagnostics), planEnd);
        tasks.addAll(tables.tasks());
        indicators.addAll(tables.indicators());
        tasks.sort(Comparator.comparingInt(t -> t.span().start()));
        if (outline.roots().isEmpty()) {
            diagnostics.warn("NO_OUTLINE", "no numbered headings were found; the document has no sections"
                    + (tasks.isEmpty() ? " or tasks" : ", and its tasks come from tables"), null);
        }
        List<SourceSpan> read = new ArrayList<>();
        goals.forEach(g -> read.add(g.span()));
        tasks.forEach(t -> read.add(t.span()));
        indicators.forEach(i -> read.add(i.span()));
        indicators.addAll(preambleTargets.extract(text.text(), read, planEnd, diagnostics));
        indicators.sort(Comparator.comparingInt(i -> i.span().start()));
        Source source = new Source(sourceName, text.charset(), sha256, text.script(), text.repairs());
        return new PolicyDocument(PolicyDocument.SCHEMA_VERSION, id, source, text.givenBack(), metadata,
                sectionBuilder.build(text.text(), outline), goals, tasks, indicators,
                phaseExtractor.extract(text.text(), outline),
                referenceExtractor.extract(text.text(), metadata.title(), metadata.documentNumber()),
                diagnostics.toList());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}

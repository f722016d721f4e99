package dev.cnpolicy.parser.internal;

import dev.cnpolicy.model.DocumentMetadata;
import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.Source;
import dev.cnpolicy.model.SourceSpan;
import dev.cnpolicy.model.Task;
import dev.cnpolicy.parser.internal.diagnostics.Diagnostics;
import dev.cnpolicy.parser.internal.extract.indicators.GoalExtractor;
import dev.cnpolicy.parser.internal.extract.indicators.Goals;
import dev.cnpolicy.parser.internal.extract.indicators.IndicatorExtractor;
import dev.cnpolicy.parser.internal.extract.metadata.Metadata;
import dev.cnpolicy.parser.internal.extract.metadata.MetadataExtractor;
import dev.cnpolicy.parser.internal.extract.responsibility.OrganizationFactory;
import dev.cnpolicy.parser.internal.extract.PhaseExtractor;
import dev.cnpolicy.parser.internal.extract.indicators.PreambleTargets;
import dev.cnpolicy.parser.internal.extract.ReferenceExtractor;
import dev.cnpolicy.parser.internal.extract.SectionBuilder;
import dev.cnpolicy.parser.internal.extract.tables.TableIndicators;
import dev.cnpolicy.parser.internal.extract.tables.TableTaskExtractor;
import dev.cnpolicy.parser.internal.extract.TaskExtractor;
import dev.cnpolicy.parser.internal.extract.Tasks;
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
    private final TableIndicators tableIndicators = new TableIndicators(indicatorExtractor);
    private final PreambleTargets preambleTargets = new PreambleTargets(indicatorExtractor);
    private final TaskExtractor taskExtractor = new TaskExtractor(indicatorExtractor);
    private final TableTaskExtractor tableTaskExtractor = new TableTaskExtractor();
    private final PhaseExtractor phaseExtractor = new PhaseExtractor();
    private final ReferenceExtractor referenceExtractor = new ReferenceExtractor();

    /** The character-frequency table the decoder and the mojibake repairer score text with, loaded once. */
    private static final CharFrequencies FREQUENCIES = CharFrequencies.load();

    public DocumentAssembler(boolean keepOriginalScript) {
        this.textLayer = new TextLayer(FREQUENCIES, keepOriginalScript);
    }

    /** Parses input bytes. */
    public PolicyDocument assemble(String id, String sourceName, byte[] bytes, boolean html) {
        Diagnostics diagnostics = new Diagnostics();
        TextResult text = textLayer.read(sourceName, bytes, html, diagnostics);
        return assemble(id, sourceName, sha256(bytes), text, diagnostics);
    }

    /** Only the text layer: the normalised text of input bytes. */
    public String normalize(String sourceName, byte[] bytes) {
        return textLayer.read(sourceName, bytes, false, Diagnostics.ignoring()).givenBack();
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
        Metadata described = metadataExtractor.extract(text.text(), outline, id, diagnostics);
        DocumentMetadata metadata = described.metadata();
        OrganizationFactory organizations = described.organizations();
        Integer planEnd = metadata.period() == null ? null : metadata.period().endYear();
        Goals goals = goalExtractor.extract(text.text(), outline, planEnd);
        Tasks outlineTasks = taskExtractor.extract(text.text(), outline, metadata.kind(), planEnd, organizations,
                goals.indicators(), diagnostics);
        List<Indicator> indicators = new ArrayList<>(goals.indicators().all());
        indicators.addAll(outlineTasks.newIndicators());
        List<Task> tasks = new ArrayList<>(outlineTasks.tasks());
        TableIndicators.Read tables = tableIndicators.read(text.text(),
                tableTaskExtractor.extract(text.text(), organizations, diagnostics), planEnd);
        tasks.addAll(tables.tasks());
        indicators.addAll(tables.indicators());
        tasks.sort(Comparator.comparingInt(t -> t.span().start()));
        if (outline.roots().isEmpty()) {
            diagnostics.warn("NO_OUTLINE", "no numbered headings were found; the document has no sections"
                    + (tasks.isEmpty() ? " or tasks" : ", and its tasks come from tables"), null);
        }
        List<SourceSpan> read = new ArrayList<>();
        goals.goals().forEach(g -> read.add(g.span()));
        tasks.forEach(t -> read.add(t.span()));
        indicators.forEach(i -> read.add(i.span()));
        indicators.addAll(preambleTargets.extract(text.text(), read, planEnd));
        indicators.sort(Comparator.comparingInt(i -> i.span().start()));
        Source source = new Source(sourceName, text.charset(), sha256, text.script(), text.repairs());
        return new PolicyDocument(PolicyDocument.SCHEMA_VERSION, id, source, text.givenBack(), metadata,
                sectionBuilder.build(text.text(), outline), goals.goals(), tasks, indicators,
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

package dev.fearless.report;

import de.jcup.sarif_2_1_0.SarifSchema210ImportExportSupport;
import de.jcup.sarif_2_1_0.model.ArtifactChange;
import de.jcup.sarif_2_1_0.model.ArtifactContent;
import de.jcup.sarif_2_1_0.model.ArtifactLocation;
import de.jcup.sarif_2_1_0.model.CodeFlow;
import de.jcup.sarif_2_1_0.model.Invocation;
import de.jcup.sarif_2_1_0.model.LogicalLocation;
import de.jcup.sarif_2_1_0.model.Message;
import de.jcup.sarif_2_1_0.model.MultiformatMessageString;
import de.jcup.sarif_2_1_0.model.Notification;
import de.jcup.sarif_2_1_0.model.OriginalUriBaseIds;
import de.jcup.sarif_2_1_0.model.PartialFingerprints;
import de.jcup.sarif_2_1_0.model.PhysicalLocation;
import de.jcup.sarif_2_1_0.model.PropertyBag;
import de.jcup.sarif_2_1_0.model.Region;
import de.jcup.sarif_2_1_0.model.Replacement;
import de.jcup.sarif_2_1_0.model.ReportingConfiguration;
import de.jcup.sarif_2_1_0.model.ReportingDescriptor;
import de.jcup.sarif_2_1_0.model.ReportingDescriptorReference;
import de.jcup.sarif_2_1_0.model.Result;
import de.jcup.sarif_2_1_0.model.Run;
import de.jcup.sarif_2_1_0.model.SarifSchema210;
import de.jcup.sarif_2_1_0.model.ThreadFlow;
import de.jcup.sarif_2_1_0.model.ThreadFlowLocation;
import de.jcup.sarif_2_1_0.model.Tool;
import de.jcup.sarif_2_1_0.model.ToolComponent;
import dev.fearless.budget.Cutoff;
import dev.fearless.discover.FileProblem;
import dev.fearless.engine.RuleFailure;
import dev.fearless.facts.Position;
import dev.fearless.rule.Finding;
import dev.fearless.rule.Fix;
import dev.fearless.rule.RuleDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0 through the sarif-java model: the driver with every rule (help from its doc), one result
 * per finding with locations relative to the {@code SRCROOT} base, related locations, code flows,
 * fixes and fingerprints, and an invocation whose notifications list the files that were skipped.
 */
public final class SarifReporter {

    /** The SARIF uriBaseId that all locations are relative to. */
    public static final String SRCROOT = "SRCROOT";
    /** The key under which fearless's fingerprint goes in {@code partialFingerprints}. */
    public static final String FINGERPRINT_KEY = "fearless/v1";

    private final String version;
    private final URI informationUri;

    public SarifReporter(String version, URI informationUri) {
        this.version = version;
        this.informationUri = informationUri;
    }

    /** A SARIF log of one run; {@code baselineStates} (may be empty) maps fingerprints to "new"/"unchanged"/"absent". */
    public String toJson(List<Finding> findings, List<FileProblem> problems, List<RuleDescriptor> rules, Path root,
                         boolean executionSuccessful, Map<Finding, Result.BaselineState> baselineStates) {
        return toJson(findings, problems, rules, root, executionSuccessful, baselineStates, List.of());
    }

    /** As above, with the results of a baseline that are no longer found, to list as {@code absent}. */
    public String toJson(List<Finding> findings, List<FileProblem> problems, List<RuleDescriptor> rules, Path root,
                         boolean executionSuccessful, Map<Finding, Result.BaselineState> baselineStates,
                         List<Result> absent) {
        return toJson(findings, problems, rules, root, executionSuccessful, baselineStates, absent, SourceLines.NONE);
    }

    /**
     * As above; each result's primary location also gets a context region (its line and the next non-blank
     * one, with their text) from {@code source}, which a later run's baseline compares.
     */
    public String toJson(List<Finding> findings, List<FileProblem> problems, List<RuleDescriptor> rules, Path root,
                         boolean executionSuccessful, Map<Finding, Result.BaselineState> baselineStates,
                         List<Result> absent, SourceLines source) {
        return toJson(findings, new RunNotes(problems, List.of(), List.of()), rules, root, executionSuccessful,
                baselineStates, absent, source);
    }

    /**
     * As above, with everything the run has to say besides its findings ({@code notes}: files that could
     * not be analysed, rules that failed, limits that cut an analysis short) as tool execution
     * notifications.
     */
    public String toJson(List<Finding> findings, RunNotes notes, List<RuleDescriptor> rules, Path root,
                         boolean executionSuccessful, Map<Finding, Result.BaselineState> baselineStates,
                         List<Result> absent, SourceLines source) {
        SarifSchema210 log = new SarifSchema210();
        log.set$schema(URI.create("https://json.schemastore.org/sarif-2.1.0.json"));
        log.setVersion(SarifSchema210.Version._2_1_0);
        Run run = new Run();
        run.setTool(tool(rules));
        OriginalUriBaseIds bases = new OriginalUriBaseIds();
        ArtifactLocation rootLocation = new ArtifactLocation();
        String rootUri = root.toAbsolutePath().normalize().toUri().toString();
        rootLocation.setUri(rootUri.endsWith("/") ? rootUri : rootUri + "/");
        bases.setAdditionalProperty(SRCROOT, rootLocation);
        run.setOriginalUriBaseIds(bases);
        run.setColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS);
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        List<Result> results = new ArrayList<>();
        for (Finding f : findings) {
            results.add(result(f, ruleIndex, baselineStates.get(f), source.context(f.location())));
        }
        for (Result gone : absent) {
            Integer index = gone.getRuleId() == null ? null : ruleIndex.get(gone.getRuleId());
            gone.setRuleIndex(index);
            results.add(gone);
        }
        run.setResults(results);
        run.setInvocations(List.of(invocation(notes, executionSuccessful)));
        log.setRuns(List.of(run));
        try {
            return new SarifSchema210ImportExportSupport().toJSON(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Tool tool(List<RuleDescriptor> rules) {
        ToolComponent driver = new ToolComponent();
        driver.setName("fearless");
        driver.setFullName("fearless " + version + ": concurrency bug finder for Java");
        driver.setVersion(version);
        driver.setSemanticVersion(version);
        driver.setInformationUri(informationUri);
        Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
        for (RuleDescriptor r : rules) {
            descriptors.add(descriptor(r));
        }
        driver.setRules(descriptors);
        Tool tool = new Tool();
        tool.setDriver(driver);
        return tool;
    }

    private static ReportingDescriptor descriptor(RuleDescriptor r) {
        ReportingDescriptor d = new ReportingDescriptor();
        // No name: the id is already the readable name, and a name equal to the id only makes validators warn.
        d.setId(r.id());
        d.setShortDescription(text(r.summary()));
        d.setFullDescription(text(firstParagraph(r)));
        MultiformatMessageString help = new MultiformatMessageString();
        help.setText(r.help());
        help.setMarkdown(r.help());
        d.setHelp(help);
        ReportingConfiguration configuration = new ReportingConfiguration();
        configuration.setLevel(ReportingConfiguration.Level.fromValue(r.severity().label()));
        d.setDefaultConfiguration(configuration);
        PropertyBag properties = new PropertyBag();
        properties.setTags(new LinkedHashSet<>(List.of(r.family().label(), "concurrency")));
        if (!r.peers().isEmpty()) {
            properties.setAdditionalProperty("peers", r.peers());
        }
        if (!r.precision().isEmpty()) {
            properties.setAdditionalProperty("precision", r.precision());
        }
        d.setProperties(properties);
        return d;
    }

    private static String firstParagraph(RuleDescriptor r) {
        String help = r.help();
        int end = help.indexOf("\n\n");
        String first = (end < 0 ? help : help.substring(0, end)).replace('\n', ' ').strip();
        return first.isEmpty() ? r.summary() : first;
    }

    private static Result result(Finding f, Map<String, Integer> ruleIndex, Result.BaselineState baseline,
                                 SourceLines.Context context) {
        Result r = new Result();
        r.setRuleId(f.ruleId());
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
            r.setRuleIndex(index);
        }
        r.setLevel(Result.Level.fromValue(f.severity().label()));
        r.setMessage(message(f.message()));
        de.jcup.sarif_2_1_0.model.Location primary = location(f.location(), -1);
        if (context != null) {
            Region around = new Region();
            around.setStartLine(context.startLine());
            around.setEndLine(context.endLine());
            ArtifactContent text = new ArtifactContent();
            text.setText(context.text());
            around.setSnippet(text);
            primary.getPhysicalLocation().setContextRegion(around);
        }
        if (!f.logicalLocation().isEmpty()) {
            LogicalLocation logical = new LogicalLocation();
            logical.setFullyQualifiedName(f.logicalLocation());
            primary.setLogicalLocations(new LinkedHashSet<>(List.of(logical)));
        }
        r.setLocations(List.of(primary));
        if (!f.related().isEmpty()) {
            Set<de.jcup.sarif_2_1_0.model.Location> related = new LinkedHashSet<>();
            int id = 1;
            for (dev.fearless.facts.Location l : f.related()) {
                related.add(location(l, id++));
            }
            r.setRelatedLocations(related);
        }
        if (!f.flows().isEmpty()) {
            List<ThreadFlow> threads = new ArrayList<>();
            for (List<dev.fearless.facts.Location> steps : f.flows()) {
                List<ThreadFlowLocation> locations = new ArrayList<>();
                for (dev.fearless.facts.Location step : steps) {
                    ThreadFlowLocation tfl = new ThreadFlowLocation();
                    tfl.setLocation(location(step, -1));
                    locations.add(tfl);
                }
                ThreadFlow thread = new ThreadFlow();
                thread.setLocations(locations);
                threads.add(thread);
            }
            CodeFlow flow = new CodeFlow();
            flow.setThreadFlows(threads);
            r.setCodeFlows(List.of(flow));
        }
        if (!f.fixes().isEmpty()) {
            Set<de.jcup.sarif_2_1_0.model.Fix> fixes = new LinkedHashSet<>();
            for (Fix fix : f.fixes()) {
                fixes.add(fix(fix));
            }
            r.setFixes(fixes);
        }
        PartialFingerprints fingerprints = new PartialFingerprints();
        fingerprints.setAdditionalProperty(FINGERPRINT_KEY, f.fingerprint());
        r.setPartialFingerprints(fingerprints);
        if (baseline != null) {
            r.setBaselineState(baseline);
        }
        return r;
    }

    private static de.jcup.sarif_2_1_0.model.Fix fix(Fix fix) {
        de.jcup.sarif_2_1_0.model.Fix result = new de.jcup.sarif_2_1_0.model.Fix();
        result.setDescription(message(fix.description()));
        Map<String, List<Replacement>> byFile = new java.util.LinkedHashMap<>();
        for (Fix.Replacement rep : fix.replacements()) {
            Replacement replacement = new Replacement();
            Region deleted = new Region();
            deleted.setStartLine(rep.deleted().line());
            deleted.setStartColumn(rep.deleted().column());
            deleted.setEndLine(rep.deleted().endLine());
            deleted.setEndColumn(rep.deleted().endColumn());
            replacement.setDeletedRegion(deleted);
            ArtifactContent inserted = new ArtifactContent();
            inserted.setText(rep.inserted());
            replacement.setInsertedContent(inserted);
            byFile.computeIfAbsent(rep.path(), k -> new ArrayList<>()).add(replacement);
        }
        Set<ArtifactChange> changes = new LinkedHashSet<>();
        byFile.forEach((path, replacements) -> {
            ArtifactChange change = new ArtifactChange();
            change.setArtifactLocation(artifact(path));
            change.setReplacements(replacements);
            changes.add(change);
        });
        result.setArtifactChanges(changes);
        return result;
    }

    private static Invocation invocation(RunNotes notes, boolean executionSuccessful) {
        Invocation invocation = new Invocation();
        invocation.setExecutionSuccessful(executionSuccessful);
        List<Notification> notifications = new ArrayList<>();
        for (RuleFailure failure : notes.ruleFailures()) {
            Notification n = new Notification();
            n.setLevel(Notification.Level.ERROR);
            n.setMessage(message(failure.describe()));
            ReportingDescriptorReference rule = new ReportingDescriptorReference();
            rule.setId(failure.ruleId());
            n.setAssociatedRule(rule);
            notifications.add(withKind(n, "rule-failure"));
        }
        for (Cutoff cutoff : notes.cutoffs()) {
            Notification n = new Notification();
            n.setLevel(Notification.Level.NOTE);
            n.setMessage(message(cutoff.describe()));
            notifications.add(withKind(n, "cutoff"));
        }
        for (FileProblem problem : notes.problems()) {
            FileProblem p = TextReporter.at(problem);
            Notification n = new Notification();
            n.setLevel(p.kind() == FileProblem.Kind.INTERNAL ? Notification.Level.ERROR : Notification.Level.WARNING);
            n.setMessage(message(p.describe()));
            de.jcup.sarif_2_1_0.model.Location where = location(new dev.fearless.facts.Location(p.path(), p.pos(), ""), -1);
            n.setLocations(new LinkedHashSet<>(List.of(where)));
            PropertyBag properties = new PropertyBag();
            properties.setAdditionalProperty("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
            n.setProperties(properties);
            notifications.add(n);
        }
        invocation.setToolExecutionNotifications(notifications);
        return invocation;
    }

    private static Notification withKind(Notification n, String kind) {
        PropertyBag properties = new PropertyBag();
        properties.setAdditionalProperty("kind", kind);
        n.setProperties(properties);
        return n;
    }

    private static de.jcup.sarif_2_1_0.model.Location location(dev.fearless.facts.Location l, int id) {
        de.jcup.sarif_2_1_0.model.Location location = new de.jcup.sarif_2_1_0.model.Location();
        if (id > 0) {
            location.setId(id);
        }
        PhysicalLocation physical = new PhysicalLocation();
        physical.setArtifactLocation(artifact(l.path()));
        Position pos = l.pos();
        if (pos.isKnown()) {
            Region region = new Region();
            region.setStartLine(pos.line());
            region.setStartColumn(Math.max(1, pos.column()));
            region.setEndLine(Math.max(pos.line(), pos.endLine()));
            region.setEndColumn(Math.max(1, pos.endColumn()) + 1);
            physical.setRegion(region);
        }
        location.setPhysicalLocation(physical);
        if (!l.message().isEmpty()) {
            location.setMessage(message(l.message()));
        }
        return location;
    }

    private static ArtifactLocation artifact(String path) {
        ArtifactLocation artifact = new ArtifactLocation();
        if (path.startsWith("/")) {
            artifact.setUri(Path.of(path).toUri().toString());
        } else {
            artifact.setUri(encode(path));
            artifact.setUriBaseId(SRCROOT);
        }
        return artifact;
    }

    /** Percent-encodes a relative path for use as a URI reference, keeping its slashes. */
    static String encode(String relativePath) {
        StringBuilder out = new StringBuilder();
        for (byte b : relativePath.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static MultiformatMessageString text(String value) {
        MultiformatMessageString m = new MultiformatMessageString();
        m.setText(value);
        return m;
    }

    private static Message message(String text) {
        Message m = new Message();
        m.setText(text);
        return m;
    }
}

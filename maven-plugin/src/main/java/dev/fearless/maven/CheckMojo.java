package dev.fearless.maven;

import dev.fearless.config.FailOn;
import dev.fearless.rule.JavaRelease;
import dev.fearless.scan.ScanException;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Scans the project's Java sources for concurrency bugs, writes a SARIF report, prints the findings
 * as compiler-style warnings and fails the build on findings at or above {@code failOn}. Reads source
 * only: it needs neither compiled classes nor the project's dependencies. Honours the project's
 * {@code fearless.yml} (rules, severities, failOn, excludes, knowledge, javaRelease) like the command line,
 * with the POM's parameters winning, and keeps extracted facts in a cache between builds. The Java
 * release the code runs on is the compiler's ({@code maven.compiler.release}, else {@code .target}) unless
 * {@code fearless.yml} names one. The scan runs in a child JVM with the {@code fearless} launcher's options
 * unless {@code fork} is false.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /**
     * Analyse the module together with the sources of the other modules of the build, as one program, so
     * that a deadlock (or a race) between two modules is found; the module still reports only the
     * findings that touch its own files. {@code false}: the module alone.
     */
    @Parameter(property = "fearless.reactor", defaultValue = "true")
    private boolean reactor;

    /** Skip the check. */
    @Parameter(property = "fearless.skip", defaultValue = "false")
    private boolean skip;

    /** Also scan the test source roots. */
    @Parameter(property = "fearless.includeTests", defaultValue = "false")
    private boolean includeTests;

    /** Where to write the SARIF 2.1.0 report (written to a temporary file, then renamed). */
    @Parameter(property = "fearless.sarifOutput", defaultValue = "${project.build.directory}/fearless.sarif")
    private File sarifOutput;

    /**
     * The lowest severity that fails the build: error, warning, note or never (default: {@code failOn}
     * in {@code fearless.yml}, else warning).
     */
    @Parameter(property = "fearless.failOn")
    private String failOn;

    /**
     * Worker threads for parsing and rules (default: {@code threads} in {@code fearless.yml}, else the
     * number of available processors).
     */
    @Parameter(property = "fearless.threads")
    private Integer threads;

    /**
     * The project configuration (default: {@code fearless.yml}, {@code fearless.yaml} or
     * {@code .fearless.yml} in the project base directory, if present). A file named here must exist.
     */
    @Parameter(property = "fearless.config")
    private File config;

    /**
     * Where to keep the facts extracted from each file between builds, so that an unchanged file is not
     * parsed again. Entries are keyed by content and analyzer build; any folder works, and several builds
     * may share one. The default, in the build folder of the project Maven was started in, is shared by
     * all modules of the build, so each file is parsed once even though each module analyses the reactor.
     */
    @Parameter(property = "fearless.cacheDirectory",
            defaultValue = "${session.topLevelProject.build.directory}/fearless-cache")
    private File cacheDirectory;

    /** Neither read nor write the fact cache. */
    @Parameter(property = "fearless.noCache", defaultValue = "false")
    private boolean noCache;

    /**
     * Globs of files or folders not to scan, matched against paths relative to the project base
     * directory, e.g. {@code **}{@code /generated/**}; added to {@code exclude} in {@code fearless.yml}.
     */
    @Parameter(property = "fearless.excludes")
    private List<String> excludes;

    /**
     * A SARIF report from an earlier run: findings whose fingerprint it contains are not new and do not
     * fail the build (they stay in the report, marked {@code unchanged}).
     */
    @Parameter(property = "fearless.baseline")
    private File baseline;

    /**
     * Run only these rules (ids such as {@code UnguardedWrite}); replaces {@code rules.enable} in
     * {@code fearless.yml}. Empty: the file's list, else all rules.
     */
    @Parameter(property = "fearless.enabledRules")
    private List<String> enabledRules;

    /** Do not run these rules; added to {@code rules.disable} in {@code fearless.yml}. */
    @Parameter(property = "fearless.disabledRules")
    private List<String> disabledRules;

    /**
     * Scan in a child JVM with the options the {@code fearless} launcher uses, on the same {@code java} as
     * Maven's: a scan in Maven's JVM, with its collector and full JIT, takes more CPU time. {@code false}:
     * scan in Maven's JVM. If the child cannot start, the goal says so and scans in Maven's JVM.
     */
    @Parameter(property = "fearless.fork", defaultValue = "true")
    private boolean fork;

    /**
     * Extra options for the child JVM of {@code fork}, separated by blanks, e.g. {@code -Xmx1g}; they come
     * after the launcher's options, so an option given here wins.
     */
    @Parameter(property = "fearless.jvmArgs")
    private String jvmArgs;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("fearless: skipped (fearless.skip)");
            return;
        }
        FailOn threshold;
        try {
            threshold = failOn == null ? null : FailOn.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("fearless: " + e.getMessage());
        }
        if (threads != null && threads < 1) {
            throw new MojoExecutionException("fearless: threads must be at least 1, was " + threads);
        }
        Path baseDir = project.getBasedir().toPath().toAbsolutePath().normalize();
        List<Path> roots = sourceRoots(project);
        List<Path> others = new ArrayList<>();
        Path root = baseDir;
        if (reactor && !roots.isEmpty()) {
            List<MavenProject> all = session.getAllProjects() != null ? session.getAllProjects() : session.getProjects();
            for (MavenProject other : all) {
                Path otherDir = other.getBasedir().toPath().toAbsolutePath().normalize();
                root = commonAncestor(root, otherDir);
                if (!otherDir.equals(baseDir)) {
                    others.addAll(sourceRoots(other));
                }
            }
            others.removeAll(roots);
            if (others.isEmpty()) {
                root = baseDir;
            } else {
                getLog().debug("fearless: analysing with the other modules' sources " + others + "; paths relative to "
                        + root);
            }
        }
        Check.Settings settings = new Check.Settings(roots, baseDir, excludes, threads, enabledRules, disabledRules,
                resolve(baseDir, baseline), resolve(baseDir, sarifOutput), threshold, resolve(baseDir, config),
                noCache ? null : resolve(baseDir, cacheDirectory), root, others, buildRelease());
        Check.Outcome outcome;
        try {
            if (roots.isEmpty()) {
                Check.validate(settings); // fail on a typo even with no sources
                getLog().info("fearless: no Java source folders to scan");
                return;
            }
            if (fork && scanInChildJvm(settings, baseDir)) {
                return;
            }
            getLog().debug("fearless: scanning in Maven's JVM");
            outcome = Check.run(settings);
        } catch (ScanException e) {
            throw new MojoExecutionException("fearless: " + Check.describe(e), e);
        } catch (IOException e) {
            throw new MojoExecutionException("fearless: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("fearless: internal error: " + e, e);
        }
        Check.report(outcome, buildLog());
        if (outcome.failure().isPresent()) {
            throw new MojoFailureException(outcome.failure().get());
        }
    }

    /** Scans in a child JVM; false when it could not start (the caller then scans here). */
    private boolean scanInChildJvm(Check.Settings settings, Path baseDir)
            throws MojoExecutionException, MojoFailureException {
        Path request;
        try {
            request = Files.createTempFile("fearless-check", ".properties");
        } catch (IOException | RuntimeException e) {
            getLog().warn("fearless: could not start a JVM for the scan (" + e.getMessage() + "); scanning in Maven's JVM");
            return false;
        }
        Optional<ForkedCheck.Ending> ending;
        try {
            new ForkRequest(settings, getLog().isDebugEnabled()).write(request);
            List<String> command = ForkedCheck.command(ForkedCheck.javaOfThisJvm(), ForkedCheck.splitJvmArgs(jvmArgs),
                    classpath(), request);
            getLog().debug("fearless: scanning in a child JVM: " + String.join(" ", command));
            ending = ForkedCheck.run(command, baseDir, buildLog());
        } catch (IOException e) {
            getLog().warn("fearless: could not start a JVM for the scan (" + e.getMessage() + "); scanning in Maven's JVM");
            return false;
        } finally {
            try {
                Files.deleteIfExists(request);
            } catch (IOException e) {
                getLog().debug("fearless: could not delete " + request + ": " + e.getMessage());
            }
        }
        if (ending.isEmpty()) {
            return false;
        }
        int exit = ending.get().exitCode();
        if (exit == ForkMain.OK) {
            return true;
        }
        if (exit == ForkMain.FINDINGS && ending.get().failure().isPresent()) {
            throw new MojoFailureException(ending.get().failure().get());
        }
        if ((exit == ForkMain.USAGE || exit == ForkMain.INTERNAL) && ending.get().abort().isPresent()) {
            throw new MojoExecutionException(ending.get().abort().get());
        }
        throw new MojoExecutionException("fearless: internal error: the scan's JVM ended with exit code " + exit
                + ending.get().abort().map(a -> " (" + a + ")").orElse(""));
    }

    /** The plugin's own jar and its dependencies: what the child JVM needs to run {@link ForkMain}. */
    private List<Path> classpath() {
        Set<Path> jars = new LinkedHashSet<>();
        var source = ForkMain.class.getProtectionDomain().getCodeSource();
        if (source != null) {
            try {
                jars.add(Path.of(source.getLocation().toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                getLog().debug("fearless: the plugin's own location is no path: " + source.getLocation());
            }
        }
        if (plugin != null) {
            for (Artifact a : plugin.getArtifacts()) {
                if (a.getFile() != null) {
                    jars.add(a.getFile().toPath());
                }
            }
        }
        return List.copyOf(jars);
    }

    /** Maven's log, for code that does not know Maven. */
    private BuildLog buildLog() {
        return new BuildLog() {
            @Override
            public boolean isDebugEnabled() {
                return getLog().isDebugEnabled();
            }

            @Override
            public void debug(String message) {
                getLog().debug(message);
            }

            @Override
            public void info(String message) {
                getLog().info(message);
            }

            @Override
            public void warn(String message) {
                getLog().warn(message);
            }

            @Override
            public void error(String message) {
                getLog().error(message);
            }
        };
    }

    /**
     * The Java release the project compiles for: the compiler plugin's configuration, else the properties
     * (a {@code -D} on the command line first, as the compiler plugin reads them).
     */
    private JavaRelease buildRelease() {
        String releaseConfig = null;
        String targetConfig = null;
        Plugin compiler = project.getPlugin("org.apache.maven.plugins:maven-compiler-plugin");
        if (compiler != null && compiler.getConfiguration() instanceof Xpp3Dom configuration) {
            releaseConfig = value(configuration.getChild("release"));
            targetConfig = value(configuration.getChild("target"));
        }
        return Check.buildRelease(releaseConfig, property("maven.compiler.release"), targetConfig,
                property("maven.compiler.target"));
    }

    private String property(String name) {
        Properties user = session.getUserProperties();
        String value = user == null ? null : user.getProperty(name);
        return value != null ? value : project.getProperties().getProperty(name);
    }

    private static String value(Xpp3Dom element) {
        return element == null ? null : element.getValue();
    }

    private static Path commonAncestor(Path a, Path b) {
        Path common = a;
        while (common != null && !b.startsWith(common)) {
            common = common.getParent();
        }
        return common == null ? a : common;
    }

    private static Path resolve(Path baseDir, File file) {
        return file == null ? null : baseDir.resolve(file.toPath()).normalize();
    }

    /** A project's compile (and with includeTests, test) source roots that exist, outside its build directory. */
    private List<Path> sourceRoots(MavenProject project) {
        Path baseDir = project.getBasedir().toPath().toAbsolutePath().normalize();
        List<String> declared = new ArrayList<>(project.getCompileSourceRoots());
        if (includeTests) {
            declared.addAll(project.getTestCompileSourceRoots());
        }
        Path buildDir = baseDir.resolve(project.getBuild().getDirectory()).toAbsolutePath().normalize();
        Set<Path> roots = new LinkedHashSet<>();
        for (String root : declared) {
            Path p = baseDir.resolve(root).toAbsolutePath().normalize();
            if (p.startsWith(buildDir)) {
                getLog().debug("fearless: not scanning generated sources in " + p);
            } else if (Files.isDirectory(p)) {
                roots.add(p);
            }
        }
        return List.copyOf(roots);
    }
}

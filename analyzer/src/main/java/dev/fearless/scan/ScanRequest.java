package dev.fearless.scan;

import dev.fearless.config.FailOn;
import dev.fearless.engine.Progress;
import dev.fearless.rule.JavaRelease;
import java.nio.file.Path;
import java.util.List;

/**
 * What a front end asks the scan service for: the files or folders to scan and the options given
 * on its command line or in its build file. Absent options are {@code null} (or empty lists) and fall
 * back to {@code fearless.yml}, then to the defaults.
 *
 * @param paths          Java files or folders; when every one is a file the scan runs in file mode:
 *                       it analyses the program around them and reports what touches them
 * @param root           the folder reported paths are relative to and {@code fearless.yml} is looked for
 *                       in (default: the context folder in file mode, else the current folder)
 * @param context        in file mode, the program to analyse (default: the git repository of the first file)
 * @param config         the configuration file (default: {@code fearless.yml} in the root, if present)
 * @param enable         run only these rules (replaces the file's {@code rules.enable})
 * @param disable        do not run these rules (added to the file's {@code rules.disable})
 * @param excludes       globs of paths not to scan (added to the file's exclusions)
 * @param failOn         the lowest severity of a new finding that fails (replaces the file's)
 * @param threads        worker threads (replaces the file's)
 * @param baseline       an earlier SARIF report whose findings are not new
 * @param cacheDirectory where to keep extracted facts between runs; {@code null} for no cache
 * @param progress       whom to tell about progress
 * @param module         when the paths are a module of a multi-module build: the module, analysed with the
 *                       other modules' sources as one program; {@link ModuleScope#NONE} otherwise
 * @param buildRelease   the Java release the build compiles for (a Maven project's
 *                       {@code maven.compiler.release}), used when {@code fearless.yml} names none;
 *                       {@link JavaRelease#UNKNOWN} when the front end cannot tell
 */
public record ScanRequest(List<Path> paths, Path root, Path context, Path config, List<String> enable,
                          List<String> disable, List<String> excludes, FailOn failOn, Integer threads,
                          Path baseline, Path cacheDirectory, Progress progress, ModuleScope module,
                          JavaRelease buildRelease) {

    /** A request from a front end that does not know the build's Java release. */
    public ScanRequest(List<Path> paths, Path root, Path context, Path config, List<String> enable,
                       List<String> disable, List<String> excludes, FailOn failOn, Integer threads,
                       Path baseline, Path cacheDirectory, Progress progress, ModuleScope module) {
        this(paths, root, context, config, enable, disable, excludes, failOn, threads, baseline, cacheDirectory,
                progress, module, JavaRelease.UNKNOWN);
    }

    /** A request for the paths alone (and in file mode, their context). */
    public ScanRequest(List<Path> paths, Path root, Path context, Path config, List<String> enable,
                       List<String> disable, List<String> excludes, FailOn failOn, Integer threads,
                       Path baseline, Path cacheDirectory, Progress progress) {
        this(paths, root, context, config, enable, disable, excludes, failOn, threads, baseline, cacheDirectory,
                progress, ModuleScope.NONE);
    }

    public ScanRequest {
        paths = List.copyOf(paths);
        module = module == null ? ModuleScope.NONE : module;
        enable = enable == null ? List.of() : List.copyOf(enable);
        disable = disable == null ? List.of() : List.copyOf(disable);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        progress = progress == null ? Progress.NONE : progress;
        buildRelease = buildRelease == null ? JavaRelease.UNKNOWN : buildRelease;
    }
}

#!/usr/bin/env bash
# Follows the README's install, Maven plugin, pre-commit and GitHub Actions sections on a fresh clone,
# as a new user would, and checks that each works:
#
#   scripts/verify-readme-install.sh            (about 4 to 6 minutes on 2 cores; needs git, Maven, JDK 17+,
#                                                and pre-commit for its part: apt-get install pre-commit)
#
# What it does, all under a temporary folder that it removes at the end (KEEP=1 keeps it):
#  1. "GitHub": clones this repository's committed HEAD (not the working tree) and makes the release
#     tag there with scripts/release.sh, as a release does.
#  2. A new user: HOME is a fresh folder, so ~/.m2, the fact cache and pre-commit's cache start empty.
#     Maven reads artifacts from the real ~/.m2/repository as a file:// repository first (so nothing is
#     downloaded twice), then from Maven Central.
#  3. Runs the README's code blocks marked <!-- verify-readme: NAME --> verbatim, with the GitHub URL
#     of the repository replaced by the clone of step 1:
#       install         the shell commands, then checks the launcher, the bundle and the installed plugin;
#       maven-plugin    the <plugin> element in a sample project's POM: mvn verify fails on a bug;
#       pre-commit      the .pre-commit-config.yaml in a sample git repository: a commit of a bug is
#                       refused, a fix is accepted;
#       github-actions  the workflow is checked against examples/, and the action's scan step
#                       (action.yml runs scripts/action-scan.sh) runs on a sample workspace as the
#                       runner would (GitHub's own uses: steps cannot run here).
# Exit 0 when every part works; a failing part stops the script with its output.
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && git rev-parse --show-toplevel)
url=https://github.com/fearless-analyzer/fearless
version=$(cd "$src" && grep -m1 -o '<version>[^<]*</version>' pom.xml | sed 's/<[^>]*>//g')
tag="v$version"
real_repo=${MAVEN_REPO:-$HOME/.m2/repository}
work=$(mktemp -d "${TMPDIR:-/tmp}/fearless-readme.XXXXXX")
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
start=$(date +%s)
step() { echo; echo "== $* ($(( $(date +%s) - start )) s)"; }
fail() { echo "verify-readme: FAILED: $*" >&2; exit 1; }

# The README block NAME (the fenced block after <!-- verify-readme: NAME -->), the repository URL
# pointed at the local clone.
block() {
    awk -v name="$1" '
        $0 == "<!-- verify-readme: " name " -->" { armed = 1; next }
        armed && /^```/ { if (inside) exit; inside = 1; next }
        inside { print }
    ' "$release/README.md" | sed -e "s|$url.git|file://$origin|g" -e "s|$url|file://$origin|g"
}

step "1. the repository as published: a clone of HEAD ($(cd "$src" && git rev-parse --short HEAD)) with the tag $tag"
release="$work/release"
git clone -q "$src" "$release"
(cd "$release" && GIT_COMMITTER_NAME=release GIT_COMMITTER_EMAIL=release@example.invalid RELEASE_BUILD=true \
    scripts/release.sh "$version" >/dev/null)
git -C "$release" rev-parse -q --verify "refs/tags/$tag" >/dev/null || fail "scripts/release.sh made no tag $tag"
origin="$work/github/fearless.git"   # stands for $url: a bare repository with the branch and the tag
git clone -q --bare "$release" "$origin"

step "2. a new user: empty HOME, Maven repositories: $real_repo, then Maven Central"
export HOME="$work/home"
# Java takes user.home from the account, not from $HOME: tell Maven (and the JVMs it starts) explicitly.
export MAVEN_OPTS="-Duser.home=$HOME ${MAVEN_OPTS:-}"
export XDG_CACHE_HOME="$HOME/.cache"
mkdir -p "$HOME/.m2"
cat > "$HOME/.m2/settings.xml" <<EOF
<settings>
  <profiles>
    <profile>
      <id>local-copy</id>
      <activation><activeByDefault>true</activeByDefault></activation>
      <repositories>
        <repository><id>local-copy</id><url>file://$real_repo</url></repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository><id>local-copy</id><url>file://$real_repo</url></pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
</settings>
EOF
git config --global user.name "A User"
git config --global user.email "user@example.invalid"
git config --global init.defaultBranch main
git config --global advice.detachedHead false

step "3a. README: install"
block install > "$work/install.sh"
[ -s "$work/install.sh" ] || fail "no install block in the README"
cat "$work/install.sh"
mkdir -p "$work/user"
(cd "$work/user" && bash -euo pipefail "$work/install.sh") > "$work/install.log" 2>&1 \
    || { tail -40 "$work/install.log"; fail "the install commands"; }
grep -q "fearless $version$" "$work/install.log" || { tail -20 "$work/install.log"; fail "./fearless --version"; }
clone="$work/user/fearless"
[ "$(git -C "$clone" rev-parse HEAD)" = "$(git -C "$release" rev-parse "$tag^{commit}")" ] || fail "the clone is not at $tag"
for f in cli/target/fearless.jar "cli/target/fearless-$version.zip" "cli/target/fearless-$version.tar.gz"; do
    [ -f "$clone/$f" ] || fail "$f was not built"
done
plugin="$HOME/.m2/repository/dev/fearless/fearless-maven-plugin/$version/fearless-maven-plugin-$version.jar"
[ -f "$plugin" ] || fail "the Maven plugin is not in ~/.m2"
echo "ok: launcher, bundle and plugin"
(cd "$work" && tar xzf "$clone/cli/target/fearless-$version.tar.gz" \
    && PATH="/usr/bin:/bin:$(dirname "$(readlink -f "$(command -v java)")")" "fearless-$version/fearless" --version) \
    | grep -qx "fearless $version" || fail "the unpacked bundle does not run"
echo "ok: the unpacked bundle runs"

bug='package demo;

public class Counter {
    private int count;

    public void increment() {
        synchronized ("lock") {
            count++;
        }
    }
}'
fix=${bug//\"lock\"/this}

step "3b. README: maven-plugin"
block maven-plugin > "$work/plugin.xml"
[ -s "$work/plugin.xml" ] || fail "no maven-plugin block in the README"
demo="$work/demo"
mkdir -p "$demo/src/main/java/demo"
printf '%s\n' "$bug" > "$demo/src/main/java/demo/Counter.java"
{
    cat <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>demo</groupId>
  <artifactId>demo</artifactId>
  <version>1.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <build>
    <pluginManagement>
      <plugins>
        <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
        <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
        <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.2</version></plugin>
        <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
      </plugins>
    </pluginManagement>
    <plugins>
EOF
    cat "$work/plugin.xml"
    printf '    </plugins>\n  </build>\n</project>\n'
} > "$demo/pom.xml"
if (cd "$demo" && mvn -B verify) > "$work/plugin.log" 2>&1; then
    tail -30 "$work/plugin.log"; fail "mvn verify passed with a bug"
fi
grep -q '\[WARNING\] src/main/java/demo/Counter.java:7:9: warning: \[SyncOnSharedConstant\]' "$work/plugin.log" \
    || { tail -30 "$work/plugin.log"; fail "the plugin did not report the bug"; }
[ -f "$demo/target/fearless.sarif" ] || fail "no target/fearless.sarif"
printf '%s\n' "$fix" > "$demo/src/main/java/demo/Counter.java"
(cd "$demo" && mvn -B verify) > "$work/plugin.log" 2>&1 || { tail -30 "$work/plugin.log"; fail "mvn verify failed on fixed code"; }
echo "ok: the plugin fails the build on a bug and passes the fix"

step "3c. README: pre-commit"
if ! command -v pre-commit >/dev/null; then
    fail "pre-commit is not installed (apt-get install pre-commit, or pipx install pre-commit)"
fi
app="$work/app"
mkdir -p "$app/src/demo"
git -C "$app" init -q
block pre-commit > "$app/.pre-commit-config.yaml"
[ -s "$app/.pre-commit-config.yaml" ] || fail "no pre-commit block in the README"
cat "$app/.pre-commit-config.yaml"
(cd "$app" && git add .pre-commit-config.yaml && git commit -q -m "pre-commit" && pre-commit install) >/dev/null
printf '%s\n' "$bug" > "$app/src/demo/Counter.java"
if (cd "$app" && git add -A && git commit -m "a bug") > "$work/pre-commit.log" 2>&1; then
    cat "$work/pre-commit.log"; fail "pre-commit let a bug be committed"
fi
grep -q 'src/demo/Counter.java:7:9: warning: \[SyncOnSharedConstant\]' "$work/pre-commit.log" \
    || { cat "$work/pre-commit.log"; fail "pre-commit did not report the bug"; }
if grep -q $'\033' "$work/pre-commit.log"; then fail "the hook's first build printed escape sequences"; fi
printf '%s\n' "$fix" > "$app/src/demo/Counter.java"
(cd "$app" && git add -A && git commit -q -m "fixed") > "$work/pre-commit.log" 2>&1 \
    || { cat "$work/pre-commit.log"; fail "pre-commit refused the fix"; }
echo "ok: the hook refuses the bug and accepts the fix"

step "3d. README: github-actions"
block github-actions > "$work/workflow.yml"
grep -q "uses: fearless-analyzer/fearless@$tag" "$work/workflow.yml" || fail "the workflow does not use the action at $tag"
# The README's workflow is the example file without its comments.
diff <(sed -e 's/ *#.*//' -e '/^$/d' "$work/workflow.yml") \
     <(sed -e 's/ *#.*//' -e '/^$/d' "$release/examples/github-actions/fearless.yml") \
    || fail "the README's workflow differs from examples/github-actions/fearless.yml"
grep -q 'run: .*scripts/action-scan.sh' "$release/action.yml" || fail "action.yml does not run scripts/action-scan.sh"
action="$work/action"   # what the runner checks out for uses: fearless-analyzer/fearless@TAG
git clone -q --branch "$tag" "file://$origin" "$action"
workspace="$work/workspace"
mkdir -p "$workspace/src/demo"
printf '%s\n' "$bug" > "$workspace/src/demo/Counter.java"
: > "$work/github-output"
status=0
(cd "$workspace" && GITHUB_OUTPUT="$work/github-output" FEARLESS_HOME="$action" FEARLESS_PATHS=. FEARLESS_FAIL_ON= \
    FEARLESS_BASELINE= FEARLESS_SARIF=fearless.sarif FEARLESS_ARGS= FEARLESS_CACHE="$work/fearless-cache" \
    "$action/scripts/action-scan.sh") > "$work/action.log" 2>&1 || status=$?
[ "$status" -eq 1 ] || { cat "$work/action.log"; fail "the action's scan exited $status on a bug, not 1"; }
grep -qx "sarif=fearless.sarif" "$work/github-output" || fail "the action set no sarif output"
grep -q '"ruleId" : "SyncOnSharedConstant"' "$workspace/fearless.sarif" || fail "the SARIF report lacks the finding"
# With the current findings as a baseline, the next run passes.
mv "$workspace/fearless.sarif" "$workspace/fearless-baseline.sarif"
(cd "$workspace" && FEARLESS_CACHE="$work/fearless-cache" "$action/scripts/action-scan.sh") > "$work/action.log" 2>&1 \
    || { cat "$work/action.log"; fail "the action failed with a baseline of its findings"; }
echo "ok: the action's scan fails on a new finding, writes SARIF, and honours fearless-baseline.sarif"

step "all README sections work"

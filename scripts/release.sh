#!/usr/bin/env bash
# Makes a release of fearless from a clean checkout of main:
#
#   scripts/release.sh 0.1.0
#
# 1. checks that the working tree is clean, that every POM has the version 0.1.0, and that the README,
#    the plugin README and the examples pin v0.1.0 / 0.1.0 (the revision users copy from them);
# 2. runs the full build and tests (mvn -B verify), which also makes the release bundle;
# 3. creates the annotated tag v0.1.0 on HEAD.
#
# It pushes nothing: it prints the commands that publish the tag (which the pre-commit hook, the GitHub
# Action and the README's install steps pin) and the bundle to attach to the GitHub release.
# Before a new version, set it everywhere first, e.g.
#   mvn -B versions:set -DnewVersion=0.2.0 -DgenerateBackupPoms=false
# then replace the old version in README.md, maven-plugin/README.md, .pre-commit-hooks.yaml, action.yml
# and examples/, and commit.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: scripts/release.sh VERSION (e.g. 0.1.0)" >&2; exit 2; }
version=$1
tag="v$version"
cd "$(dirname "$0")/.."

[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "release: '$version' is not a version like 1.2.3" >&2; exit 2; }
[ -z "$(git status --porcelain)" ] || { echo "release: the working tree has changes; commit or stash them" >&2; exit 1; }
if git rev-parse -q --verify "refs/tags/$tag" >/dev/null; then
    echo "release: tag $tag exists already" >&2; exit 1
fi
for pom in $(git ls-files 'pom.xml' '*/pom.xml' | grep -v '/src/it/'); do
    # The project's own version: the parent's <version> in a module, the first <version> in the root.
    found=$(grep -m1 -o '<version>[^<]*</version>' "$pom" | sed 's/<[^>]*>//g')
    [ "$found" = "$version" ] || { echo "release: $pom has version $found, not $version" >&2; exit 1; }
done
for file in README.md maven-plugin/README.md .pre-commit-hooks.yaml action.yml examples/github-actions/fearless.yml; do
    stale=$(grep -n -E 'v[0-9]+\.[0-9]+\.[0-9]+|<version>[0-9]+\.[0-9]+\.[0-9]+</version>|fearless-maven-plugin:[0-9]+\.[0-9]+\.[0-9]+' "$file" \
        | grep -v -e "$tag" -e "<version>$version</version>" -e "fearless-maven-plugin:$version" || true)
    [ -z "$stale" ] || { echo "release: $file pins another version:" >&2; echo "$stale" >&2; exit 1; }
done

# RELEASE_BUILD replaces the build, for a test of this script on a copy that was built already.
${RELEASE_BUILD:-mvn -B verify}
git tag -a "$tag" -m "fearless $version"
echo
echo "release: tagged $tag at $(git rev-parse HEAD)"
echo "release: publish it with    git push origin $tag"
echo "release: and attach to the GitHub release $tag:"
echo "  cli/target/fearless-$version.zip"
echo "  cli/target/fearless-$version.tar.gz"

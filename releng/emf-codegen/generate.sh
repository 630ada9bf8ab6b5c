#!/usr/bin/env bash
# Regenerates the EMF code of org.twinworks.model and org.twinworks.model.edit from
# bundles/org.twinworks.model/model/twinworks.genmodel, and the diagram notation model of
# org.twinworks.diagram from bundles/org.twinworks.diagram/model/notation.genmodel, and the commissioning record of
# org.twinworks.commissioning from bundles/org.twinworks.commissioning/model/commissioning.genmodel:
#   releng/emf-codegen/generate.sh           rewrite src-gen/ (and the edit bundle's generated labels and icons)
#   releng/emf-codegen/generate.sh --check   fail if the committed code differs from what the generator makes
# EMF generates into a scratch workspace; only its generated files are copied back, so hand-written
# manifests, plugin.xml and src/ are never touched. Hand-written logic lives in src/ (rules called from
# the .ecore's GenModel body annotations): regenerating never loses it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tool="$root/releng/emf-codegen"
. "$root/.mvn/wrapper/java-home.sh"
twinworks_find_java

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/ws/org.twinworks.model" "$scratch/ws/org.twinworks.model.edit"
cp -r "$root/bundles/org.twinworks.model/model" "$scratch/ws/org.twinworks.model/"
mkdir -p "$scratch/ws/org.twinworks.diagram"
cp -r "$root/bundles/org.twinworks.diagram/model" "$scratch/ws/org.twinworks.diagram/"
mkdir -p "$scratch/ws/org.twinworks.commissioning"
cp -r "$root/bundles/org.twinworks.commissioning/model" "$scratch/ws/org.twinworks.commissioning/"

"$root/mvnw" -q -B -f "$tool/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$scratch/cp.txt" >&2
"$JAVA_HOME/bin/java" -cp "$tool/target/classes:$(cat "$scratch/cp.txt")" org.twinworks.releng.emfgen.GenerateEmf \
  "$scratch/ws" org.twinworks.model/model/twinworks.genmodel
"$JAVA_HOME/bin/java" -cp "$tool/target/classes:$(cat "$scratch/cp.txt")" org.twinworks.releng.emfgen.GenerateEmf \
  "$scratch/ws" org.twinworks.diagram/model/notation.genmodel
"$JAVA_HOME/bin/java" -cp "$tool/target/classes:$(cat "$scratch/cp.txt")" org.twinworks.releng.emfgen.GenerateEmf \
  "$scratch/ws" org.twinworks.commissioning/model/commissioning.genmodel

# generated file sets: <scratch path>:<repository path>
pairs=(
  "org.twinworks.model/src-gen:bundles/org.twinworks.model/src-gen"
  "org.twinworks.model.edit/src-gen:bundles/org.twinworks.model.edit/src-gen"
  "org.twinworks.model.edit/icons:bundles/org.twinworks.model.edit/icons"
  "org.twinworks.model.edit/plugin.properties:bundles/org.twinworks.model.edit/plugin.properties"
  "org.twinworks.diagram/src-gen:bundles/org.twinworks.diagram/src-gen"
  "org.twinworks.commissioning/src-gen:bundles/org.twinworks.commissioning/src-gen"
)
if [ "${1:-}" = "--check" ]; then
  status=0
  for pair in "${pairs[@]}"; do
    if ! diff -r "$scratch/ws/${pair%%:*}" "$root/${pair#*:}" >"$scratch/diff.txt"; then
      echo "generated EMF code is out of date: ${pair#*:} differs from what the generator makes:" >&2
      head -40 "$scratch/diff.txt" >&2
      status=1
    fi
  done
  [ $status -eq 0 ] && echo "EMF code in sync with twinworks.genmodel"
  [ $status -eq 0 ] || echo "run releng/emf-codegen/generate.sh and commit the result" >&2
  exit $status
fi
for pair in "${pairs[@]}"; do
  rm -rf "${root:?}/${pair#*:}"
  cp -r "$scratch/ws/${pair%%:*}" "$root/${pair#*:}"
done
echo "regenerated: ${pairs[*]#*:}"

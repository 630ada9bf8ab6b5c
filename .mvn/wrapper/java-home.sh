# Sourced by ./mvnw and ./twinworks: exports JAVA_HOME pointing at a Java 21 or newer.
# Order: $JAVA_HOME, then the newest JDK under /usr/lib/jvm, then `java` on the PATH.

twinworks_java_major() {
  # prints the feature version of the java binary $1 (17, 21, 25...), or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1
}

twinworks_find_java() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV) \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null)" 2>/dev/null)" 2>/dev/null)" 2>/dev/null)"; do
    candidate=${candidate%/}
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    major=$(twinworks_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  cat >&2 <<'MSG'
twinworks: no Java 21 or newer found (looked at $JAVA_HOME, /usr/lib/jvm/* and `java` on the PATH).
Install one, for example:  apt-get install openjdk-21-jdk-headless   (or a Temurin 21+/25 JDK)
then run again, or point JAVA_HOME at it.
MSG
  return 1
}

#!/usr/bin/env bash
# The Dockerfile's two stages as a script, step for step, for machines without a Docker engine (CI
# and test/production/production-path.test.ts run it). Keep the two in step: each block below
# names the Dockerfile lines it mirrors.
#
#   scripts/image-build.sh OUT_DIR
#
# leaves in OUT_DIR what the runtime image holds in /app: package.json, the lock file, production
# dependencies only, dist/ and knowledge/. Run it with `node dist/adapters/main.js` from OUT_DIR.
# With IMAGE_BUILD_OFFLINE=1 (as the test runs it: tests never reach the registry), the build
# stage's `npm ci` is replaced by a copy of this checkout's node_modules, which `npm ci` installed
# from the same package-lock.json; everything else is unchanged.
set -euo pipefail
OUT="${1:?usage: scripts/image-build.sh OUT_DIR (an empty or missing folder)}"
SRC="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="$(mktemp -d "${TMPDIR:-/tmp}/icat-image-build.XXXXXX")"
trap 'rm -rf "$BUILD"' EXIT
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

# --- stage "build" (FROM node:20-bookworm-slim AS build; WORKDIR /app) ---
# COPY package.json package-lock.json ./
cp "$SRC/package.json" "$SRC/package-lock.json" "$BUILD/"
# RUN npm ci --no-audit --no-fund --ignore-scripts
if [[ "${IMAGE_BUILD_OFFLINE:-}" == 1 ]]; then
  cp -R "$SRC/node_modules" "$BUILD/node_modules"
else
  (cd "$BUILD" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
fi
# COPY tsconfig.json tsconfig.build.json ./ ; COPY scripts ./scripts ; COPY src ./src ; COPY adapters ./adapters
cp "$SRC/tsconfig.json" "$SRC/tsconfig.build.json" "$BUILD/"
cp -R "$SRC/scripts" "$SRC/src" "$SRC/adapters" "$BUILD/"
# RUN npm run build
(cd "$BUILD" && npm run -s build)

# --- runtime stage (FROM node:20-bookworm-slim; ENV NODE_ENV=production; WORKDIR /app) ---
# COPY package.json package-lock.json ./
cp "$SRC/package.json" "$SRC/package-lock.json" "$OUT/"
# COPY --from=build /app/node_modules ./node_modules
cp -R "$BUILD/node_modules" "$OUT/node_modules"
# RUN npm prune --omit=dev --no-audit --no-fund --ignore-scripts
(cd "$OUT" && NODE_ENV=production npm prune --omit=dev --no-audit --no-fund --ignore-scripts --loglevel=error --offline)
# COPY --from=build /app/dist ./dist
cp -R "$BUILD/dist" "$OUT/dist"
# COPY knowledge ./knowledge
cp -R "$SRC/knowledge" "$OUT/knowledge"
echo "image contents in $OUT: run NODE_ENV=production node dist/adapters/main.js there" >&2

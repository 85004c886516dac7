# icat-bot image: build with dev dependencies, run with production ones only, as a non-root user.
# scripts/image-build.sh runs the same steps without Docker (CI has no Docker engine; the test
# test/production/production-path.test.ts runs that script): keep the two in step.
#
#   docker build -t icat-bot .
#   docker run --init --env-file .env -v "$PWD/knowledge:/app/knowledge:ro" icat-bot

# --- stage "build" ---
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY adapters ./adapters
RUN npm run build

# --- runtime stage ---
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HEALTH_PORT=8080 \
    PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
RUN npm prune --omit=dev --no-audit --no-fund --ignore-scripts --loglevel=error --offline \
    && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY knowledge ./knowledge
# The index snapshot of large knowledge is written to .cache/; the bot runs as the image's "node" user.
RUN mkdir -p .cache && chown node:node .cache
USER node
# Mount your own documents here (read-only is fine); edits are picked up without a restart.
VOLUME ["/app/knowledge"]
# 3000: Slack HTTP mode (/slack/events and /healthz); 8080: /healthz on its own (Socket Mode, Discord).
EXPOSE 3000 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + process.env.HEALTH_PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# node itself is PID 1's child under --init (or PID 1 without it) and handles SIGTERM: no npm in
# between to swallow the signal.
CMD ["node", "dist/adapters/main.js"]

# Nutgraf: one image, N identical containers behind a load balancer, sharing one Redis.
#   docker build -t nutgraf .
#   docker run --env-file .env -e REDIS_URL=redis://redis:6379 -p 3000:3000 nutgraf
# Without REDIS_URL the container keeps its context in SQLite under /data (mount a volume) and
# must run as a single instance.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
# sqlite3 (through @keyv/sqlite) compiles its native module when no prebuilt binary is reachable
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# vendor/ holds a local stand-in package that package.json overrides with (see its description)
COPY package.json package-lock.json ./
COPY vendor ./vendor
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    DATA_DIR=/data \
    PORT=3000
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/vendor ./vendor
COPY package.json tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY commands ./commands
COPY adapters ./adapters
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
# tsx runs the TypeScript sources directly (no build step); SIGTERM stops the digest worker cleanly
CMD ["node", "--import", "tsx", "src/main.ts"]

# The game and its room server in one process (npm run serve), on Node 22.
#   docker build -t dental-biocalypse . && docker run -p 8080:8080 -v rooms:/data dental-biocalypse
# Rooms are kept under /data/rooms (a volume), or in Redis with REDIS_URL (see compose.yaml).
# See docs/DEPLOY.md for HTTPS, the environment and backups.
FROM node:22-bookworm-slim

WORKDIR /app
# Dependencies first, so a change to the game does not reinstall them.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The static game in dist/; the server compiles the story itself when it starts.
RUN npx vite build && mkdir -p /data/rooms && chown -R node:node /data

ENV NODE_ENV=production \
    PORT=8080 \
    HOST=0.0.0.0 \
    ROOMS_DATA=/data/rooms
VOLUME ["/data"]
EXPOSE 8080
USER node
# SIGTERM (docker stop) stops it cleanly: rooms stay in the store for the next start.
CMD ["node", "--import", "tsx", "tools/serve.ts"]

# The team service (npm run serve) in a container: built once, run as the unprivileged node
# user, answering /healthz for Docker's health check. See README, Run a team.
FROM node:24-bookworm-slim AS build
WORKDIR /app
# Electron's binary is for the desktop app; the service never starts it.
ENV ELECTRON_SKIP_BINARY_DOWNLOAD=1
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npx electron-vite build --logLevel warn && npm prune --omit=dev

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    PORT=8080
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/out ./out
COPY --from=build /app/resources ./resources
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM lets the service finish the job under way (docker stop waits stop_grace_period).
STOPSIGNAL SIGTERM
CMD ["node", "out/main/service.js"]

# The PromptOps approval App (Probot), stateless: run as many replicas as you like.
# dist/app.js bundles every dependency, so the image holds exactly what `npm start` needs and
# installs nothing (test/app/docker.test.ts assembles these COPY lines and runs `npm start`).
# Environment: Probot's standard APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT,
# WEBHOOK_PATH, GHE_HOST/GHE_PROTOCOL, LOG_LEVEL; PROMPTOPS_SIGNING_KEY; HTTPS_PROXY/NO_PROXY.
# Registering the App from app.yml (Probot's manifest flow) and deploying: docs/app.md.
FROM node:24-slim
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
WORKDIR /app
# app.yml: the manifest Probot's setup page registers the App from (NODE_ENV=development).
COPY package.json app.yml LICENSE ./
COPY dist/app.js dist/THIRD_PARTY_LICENSES ./dist/
# The setup page writes the new App's credentials to /app/.env.
RUN chown node:node /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/ping').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The same command as `npm start`, without npm in between (signals reach node directly).
CMD ["node", "dist/app.js"]

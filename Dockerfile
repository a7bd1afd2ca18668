# The PromptOps approval app (Probot). Stateless: run as many replicas as you like.
# Config comes from Probot's standard environment: APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH,
# WEBHOOK_SECRET, PORT, WEBHOOK_PATH, GHE_HOST/GHE_PROTOCOL, LOG_LEVEL, PROMPTOPS_SIGNING_KEY.
FROM node:24-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY dist/app.js dist/app.js
USER node
EXPOSE 3000
CMD ["node", "dist/app.js"]

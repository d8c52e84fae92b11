#!/usr/bin/env bash
# The demo in one command: install, build the plugin and the admin, seed the demo company, start Strapi on :1337.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -d node_modules ] || npm ci --no-audit --no-fund
npm run build

env_file=playground/.env
if [ ! -f "$env_file" ]; then
  secret() { node -e 'process.stdout.write(require("crypto").randomBytes(16).toString("base64"))'; }
  {
    echo "HOST=0.0.0.0"
    echo "PORT=${PORT:-1337}"
    echo "APP_KEYS=$(secret),$(secret)"
    echo "API_TOKEN_SALT=$(secret)"
    echo "ADMIN_JWT_SECRET=$(secret)"
    echo "TRANSFER_TOKEN_SALT=$(secret)"
    echo "JWT_SECRET=$(secret)"
    echo "ENCRYPTION_KEY=$(secret)"
  } > "$env_file"
  echo "Wrote $env_file with fresh secrets."
fi

cd playground
NODE_ENV=production npx strapi build
NODE_ENV=production node scripts/seed.js --admin
echo
echo "Strapi starts on http://localhost:${PORT:-1337}/admin — sign in as admin@privacy.example / Privacy-Demo-2026"
exec env NODE_ENV=production npx strapi start

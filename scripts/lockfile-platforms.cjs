#!/usr/bin/env node
// npm run lock:platforms — run after `npm install` if the lockfile test below fails.
// The npm registry reachable here lacks turbo's macOS/Windows binaries, so npm cannot write
// their lock entries; npm ci then calls the lock out of sync. Linux installs skip them anyway.
const fs = require('node:fs')
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'))
const version = lock.packages['node_modules/turbo'].version
const platforms = { 'darwin-64': ['darwin', 'x64'], 'darwin-arm64': ['darwin', 'arm64'], 'windows-64': ['win32', 'x64'], 'windows-arm64': ['win32', 'arm64'] }
for (const [name, [os, cpu]] of Object.entries(platforms)) {
  lock.packages[`node_modules/@turbo/${name}`] ??= { version, cpu: [cpu], dev: true, license: 'MIT', optional: true, os: [os] }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))))
lock.packages = sorted
fs.writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`)
